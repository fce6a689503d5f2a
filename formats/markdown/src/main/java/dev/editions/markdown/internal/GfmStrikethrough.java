package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Strikethrough as GitHub reads it: text between one or two tildes ({@code ~x~}, {@code ~~x~~}), the
 * closing run as long as the opening one; three or more tildes strike nothing. flexmark's own
 * extension reads only two tildes and strikes inside longer runs.
 */
final class GfmStrikethrough implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options of its own.
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customDelimiterProcessor(new Tildes());
    }

    /** Pairs runs of one or two tildes of the same length. */
    private static final class Tildes implements DelimiterProcessor {
        @Override
        public char getOpeningCharacter() {
            return '~';
        }

        @Override
        public char getClosingCharacter() {
            return '~';
        }

        @Override
        public int getMinLength() {
            return 1;
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            int length = opener.length();
            return length <= 2 && closer.length() == length ? length : 0;
        }

        @Override
        public void process(Delimiter opener, Delimiter closer, int used) {
            Strikethrough struck = new Strikethrough(opener.getTailChars(used), BasedSequence.NULL,
                    closer.getLeadChars(used));
            opener.moveNodesBetweenDelimitersTo(struck, closer);
        }

        @Override
        public Node unmatchedDelimiterNode(InlineParser parser, DelimiterRun run) {
            return null;
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return leftFlanking;
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return rightFlanking;
        }

        @Override
        public boolean skipNonOpenerCloser() {
            return false;
        }
    }
}
