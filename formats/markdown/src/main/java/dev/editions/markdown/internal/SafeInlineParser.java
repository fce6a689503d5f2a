package dev.editions.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** flexmark's inline parser, finding link labels with {@link LinkLabels} so that it runs in bounded time. */
final class SafeInlineParser extends InlineParserImpl {
    SafeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public int parseLinkLabel() {
        int end = LinkLabels.end(input, index);
        if (end < 0) {
            return 0;
        }
        int length = end + 1 - index;
        index = end + 1;
        return length;
    }
}
