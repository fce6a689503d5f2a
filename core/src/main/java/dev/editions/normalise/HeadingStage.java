package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds headings in plain text, only on evidence. A one-line paragraph followed by more text is a
 * heading when it is numbered ("2.1 Scope" is level 2, "A.1" and "Appendix B" too), when it names a
 * chapter, part or section ("CHAPTER I." joined with the title line after it), when it is written
 * in capitals or in title case, or when it matches an entry of the table of contents the report
 * printed. A heading has at most twelve words and does not end like a sentence.
 */
final class HeadingStage extends PlainTextStage {
    private static final int MAX_WORDS = 12;
    private static final int MAX_LENGTH = 120;
    /** A line in capitals may end in a full stop ("INTRODUCTION.") when it is this short. */
    private static final int CAPITAL_WORDS = 6;
    private static final int PROSE_WORDS = 15;
    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2}){0,5}|[A-Z](?:\\.\\d{1,2}){1,5})\\.?\\s+\\S.*");
    private static final Pattern APPENDIX = Pattern.compile("(?i)^(?:appendix|annex|annexe|anhang|anexo|allegato|bijlage)"
            + "\\s+[A-Z0-9]{1,3}\\b.*");
    private static final Pattern DIVISION = Pattern.compile("(?iu)^(?:chapter|chapitre|kapitel|capítulo|capitolo|hoofdstuk"
            + "|part|partie|teil|parte|deel|book|livre|buch|libro|boek|section|act|scene|canto|stave)\\s+"
            + "(?:[IVXLC]+|\\d{1,3}|[a-z]+)\\b[.:]?(?:\\s+.*)?$");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of",
            "on", "or", "the", "to", "with", "de", "des", "du", "la", "le", "les", "et", "der", "die", "das", "und",
            "el", "los", "las", "y", "di", "del", "della", "e", "il", "van", "het", "een", "en", "o", "da", "do");

    @Override
    public String name() {
        return "headings";
    }

    @Override
    public StageResult apply(Document document) {
        Set<String> contents = new HashSet<>();
        ContentsStage.entries(document.removals()).forEach(entry -> contents.add(key(entry)));
        List<Block> blocks = document.blocks();
        List<Block> out = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<String> line = line(blocks.get(i));
            boolean followed = i + 1 < blocks.size();
            if (line.isEmpty() || !followed || !fits(line.get())) {
                out.add(blocks.get(i));
                continue;
            }
            String text = line.get();
            if (DIVISION.matcher(text).matches()) {
                Optional<String> title = line(blocks.get(i + 1));
                if (i + 2 < blocks.size() && title.isPresent() && fits(title.get()) && !DIVISION.matcher(title.get()).matches()
                        && !NUMBERED.matcher(title.get()).matches()) {
                    text = text + " " + title.get();
                    i++;
                }
                out.add(heading(1, text, changes));
            } else if (NUMBERED.matcher(text).matches() && !Lines.endsSentence(text) && !text.endsWith(":")
                    || APPENDIX.matcher(text).matches()) {
                out.add(heading(level(text), text, changes));
            } else if (contents.contains(key(text)) || !text.endsWith(":") && (isCapitals(text)
                    && (!Lines.endsSentence(text) || text.endsWith(".") && Lines.words(text) <= CAPITAL_WORDS)
                    || !Lines.endsSentence(text) && (isTitleCase(text) || isNamedPart(text, blocks.get(i + 1))))) {
                out.add(heading(1, text, changes));
            } else {
                out.add(blocks.get(i));
            }
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(out), changes);
    }

    private static Heading heading(int level, String text, List<String> changes) {
        changes.add("made “" + text + "” a heading");
        return new Heading(level, List.of(new Text(text)));
    }

    /** The text of a one-line paragraph. */
    private static Optional<String> line(Block block) {
        if (block instanceof Paragraph paragraph && paragraph.content().size() == 1
                && paragraph.content().get(0) instanceof Text text) {
            return Optional.of(text.text().strip());
        }
        return Optional.empty();
    }

    private static boolean fits(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH || Lines.words(line) > MAX_WORDS || line.endsWith(",")
                || line.endsWith(";")) {
            return false;
        }
        String bare = line.replaceFirst("^[\"“‘'«„]+", "");
        int first = bare.isEmpty() ? 'a' : bare.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /** A single capitalised word ("Abstract", "Introduction") set off before a paragraph of running text. */
    private static boolean isNamedPart(String line, Block next) {
        return Lines.words(line) == 1 && line.length() >= 4 && line.chars().allMatch(Character::isLetter)
                && next instanceof Paragraph && Lines.words(dev.editions.text.PlainText.of(next)) >= PROSE_WORDS;
    }

    private static boolean isCapitals(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        return letters >= 3 && line.chars().filter(Character::isLowerCase).count() == 0;
    }

    /** Most words that are not small words start with a capital, and there are at least two of them. */
    private static boolean isTitleCase(String line) {
        int words = 0;
        int capitalised = 0;
        for (String word : line.split("\\s+")) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) {
                capitalised++;
            }
        }
        return words >= 2 && capitalised == words;
    }

    /** A heading text compared loosely: lower case, numbers and punctuation at its ends removed. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\d\\s]+|[\\p{Punct}\\s]+$", "")
                .replaceAll("\\s+", " ");
    }

    private static int level(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        if (!numbered.matches()) {
            return 1;
        }
        return Math.min(6, numbered.group(1).split("\\.").length);
    }
}
