package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.Paragraph;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.read.SourceKind;
import java.util.List;

/**
 * Which paragraphs the dedupe stage may remove, for one kind of source. Only prose can carry the
 * signal of a copy: a top-level paragraph of running text, long enough, with sentences. Never a
 * paragraph whose lines were kept as lines (verse, addresses, a code block as the Markdown reader
 * gives it), nor one that is mostly code, nor one mostly of symbols.
 *
 * @param minWords the fewest words a removable paragraph has
 * @param minSentences the fewest sentences it has
 * @param nearCopies whether a copy with sentences added or cut counts, or only one with the same words
 */
record DedupeRules(int minWords, int minSentences, boolean nearCopies) {
    /**
     * Text exported from a CMS or scraped. The shortest paragraph of the bundled sample has 31 words;
     * the verse, chants and command lines of the precision corpus repeat lines of under 20.
     */
    static final DedupeRules EXPORTED = new DedupeRules(20, 1, true);
    /**
     * A source a person wrote (Markdown): only long prose paragraphs with the same words. The design
     * documents of the corpus repeat one-sentence instructions and notes of under 20 words.
     */
    static final DedupeRules AUTHORED = new DedupeRules(40, 2, false);

    /** The rules for a source of {@code kind}. */
    static DedupeRules of(SourceKind kind) {
        return kind == SourceKind.PLAIN_TEXT ? EXPORTED : AUTHORED;
    }

    /**
     * Whether {@code block} has the shape of prose: a paragraph without line breaks, at most a third
     * of it code. Cheap; run before {@link #longEnough}.
     */
    boolean isProse(Block block) {
        if (!(block instanceof Paragraph paragraph)) {
            return false;
        }
        int[] counts = new int[2]; // characters of code, characters in all
        return countCode(paragraph.content(), counts) && counts[0] * 3 <= counts[1];
    }

    /**
     * Whether a prose paragraph of this comparison form is long enough to be removed as a copy, and
     * made of words: at least half of its visible characters letters.
     */
    boolean longEnough(DedupeKeys.Entry entry) {
        return entry.letterShare() >= 0.5 && entry.lettered() >= minWords && entry.sentences() >= minSentences;
    }

    /** Adds the characters of code and of all text to {@code counts}; false at a line break. */
    private static boolean countCode(List<Inline> inlines, int[] counts) {
        for (Inline inline : inlines) {
            boolean flat = switch (inline) {
                case LineBreak b -> false;
                case Code c -> {
                    counts[0] += c.code().length();
                    counts[1] += c.code().length();
                    yield true;
                }
                case Emphasis e -> countCode(e.content(), counts);
                case Strong s -> countCode(s.content(), counts);
                case Link l -> countCode(l.content(), counts);
                case LanguageSpan s -> countCode(s.content(), counts);
                case Strikethrough s -> countCode(s.content(), counts);
                case Superscript s -> countCode(s.content(), counts);
                case Subscript s -> countCode(s.content(), counts);
                case Keyboard k -> {
                    counts[0] += k.keys().length();
                    counts[1] += k.keys().length();
                    yield true;
                }
                case dev.editions.model.Text t -> {
                    counts[1] += t.text().length();
                    yield true;
                }
                // A paragraph that refers to a note is never removed, so that no note loses its place.
                case dev.editions.model.NoteReference n -> false;
                // A paragraph with a picture in it is never removed: the picture is not text to compare.
                case dev.editions.model.InlineImage i -> false;
                case dev.editions.model.Abbreviation a -> {
                    counts[1] += a.shortForm().length();
                    yield true;
                }
            };
            if (!flat) {
                return false;
            }
        }
        return true;
    }
}
