package dev.editions.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser, finding link labels with {@link LinkLabels} and refusing at once inline
 * HTML that nothing closes, so that it runs in bounded time.
 */
final class SafeInlineParser extends InlineParserImpl {
    /** The text the closing marks below were found in. */
    private BasedSequence scanned;
    private int lastCdataEnd;
    private int lastCommentEnd;
    private int lastInstructionEnd;
    private int lastTagEnd;

    SafeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /**
     * Inline HTML only where its closing mark ({@code ]]>}, {@code -->}, {@code ?>} or {@code >}) comes
     * later in the text: flexmark's patterns search to the end of the text for it, so that thousands of
     * unclosed {@code <![CDATA[} took time growing with the square of their number. Where no closing
     * mark follows, none of the patterns can match, so what is read does not change.
     */
    @Override
    public boolean parseHtmlInline() {
        if (input != scanned) {
            String text = input.toString();
            lastCdataEnd = text.lastIndexOf("]]>");
            lastCommentEnd = text.lastIndexOf("-->");
            lastInstructionEnd = text.lastIndexOf("?>");
            lastTagEnd = text.lastIndexOf('>');
            scanned = input;
        }
        if (startsAt("<![CDATA[")) {
            return lastCdataEnd >= index + 9 && super.parseHtmlInline();
        }
        if (startsAt("<!--")) {
            return lastCommentEnd >= index + 2 && super.parseHtmlInline();
        }
        if (startsAt("<?")) {
            return lastInstructionEnd >= index + 2 && super.parseHtmlInline();
        }
        return lastTagEnd > index && super.parseHtmlInline();
    }

    private boolean startsAt(String mark) {
        return input.length() - index >= mark.length() && input.subSequence(index, index + mark.length()).matchChars(mark);
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
