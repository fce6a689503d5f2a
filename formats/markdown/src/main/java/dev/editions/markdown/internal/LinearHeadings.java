package dev.editions.markdown.internal;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;

/**
 * flexmark's own heading parser, in place of the core one (which is switched off), given the
 * paragraph being read without its text being assembled.
 *
 * <p>flexmark 0.64.8 tries the heading parser on every line of a paragraph that does not start with a
 * letter (table rows, link reference definitions, lines starting with a digit or a quote), and that
 * parser first joins all the lines of the paragraph so far into one text, though it only asks whether
 * there is a paragraph: a table of n rows costs n²/2 line copies (100,000 rows took about 70 s). Here
 * the parser is told that there is a paragraph, and reads its lines themselves (as it does for a
 * setext heading), so each line costs the same; what is parsed does not change.
 */
final class LinearHeadings implements CustomBlockParserFactory {
    private final HeadingParser.Factory core = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = core.apply(options);
        return (state, matched) -> parser.tryStart(state, new WithoutParagraphText(matched));
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    /** The matched block, whose paragraph content is only said to exist, not assembled. */
    private record WithoutParagraphText(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        /** Empty when the matched block is a paragraph, null when not, as the heading parser only tests for null. */
        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.NULL : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
