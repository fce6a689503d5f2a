package dev.editions.normalise;

import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pastes copies into a plain-text document the way exports and careless editing do, and says what the
 * document should become once they are removed.
 *
 * <p>Eight paragraphs are each pasted again right after themselves, one per kind of copy (exact, in
 * lower case, with other punctuation, wrapped at another width, with an abbreviation spelled out or
 * contracted, with a sentence added or cut); a passage of three paragraphs is pasted again at the end;
 * one more paragraph is repeated {@code repeats} times through the document. The expected document has
 * the most complete variant where the first copy stood, and no copy.
 */
final class CopyInjector {
    /** The kinds of copy. */
    enum Variant { EXACT, LOWER_CASE, PUNCTUATION, WRAPPED, SPELLED_OUT, CONTRACTED, SENTENCE_ADDED, SENTENCE_CUT }

    /**
     * A document with copies pasted in.
     *
     * @param text the source with the copies
     * @param expected the source as it should read once they are removed
     * @param copies how many copies were pasted
     * @param groups each paragraph copied: its variants and how many copies of it were pasted
     */
    record Injected(String text, String expected, int copies, List<Group> groups) {
    }

    /**
     * A paragraph copied.
     *
     * @param variants the compared forms ({@link #loose}) of the original and its copies
     * @param copies how many copies were pasted
     * @param kind the kind of copy, e.g. {@code SENTENCE_ADDED}, {@code PASSAGE} or {@code REPEATED}
     */
    record Group(Set<String> variants, int copies, String kind) {
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"'“‘(]?\\p{Lu})");
    private static final Pattern PHRASE = Pattern.compile(
            "(?<=[a-z,;] )(\\p{Lu}\\p{Ll}+(?: (?:of|and|for|the) \\p{Lu}\\p{Ll}+| \\p{Lu}\\p{Ll}+){1,3})(?! \\()");
    private static final List<String> ADDED = List.of(
            "This passage was revised for the present edition of the text.",
            "The figures given here were checked again before publication.",
            "Readers will find the sources of this account in the notes at the end.");
    private static final int MIN_WORDS = 25;

    private final List<String> blocks;
    private final Set<Integer> single = new HashSet<>();
    /** The abbreviations defined so far, so that no two phrases get the same short form. */
    private final Set<String> defined = new HashSet<>();
    private final SplittableRandom random;

    private CopyInjector(String source, long seed) {
        this.blocks = List.of(source.strip().split("\n[ \t]*\n+"));
        this.random = new SplittableRandom(seed);
    }

    /** {@code source} with copies pasted in, one paragraph repeated {@code repeats} times in all. */
    static Injected inject(String source, long seed, int repeats) {
        return new CopyInjector(source, seed).run(repeats);
    }

    /** The compared form of a text: its letters and digits in lower case. */
    static String loose(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private Injected run(int repeats) {
        List<Integer> targets = targets();
        Map<Integer, String> copyAfter = new HashMap<>();
        Map<Integer, String> replaced = new HashMap<>();
        Map<Integer, String> expectedAt = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<Integer> passage = passage(targets);
        targets.removeAll(passage);
        int repeated = targets.isEmpty() ? -1 : targets.remove(targets.size() - 1);
        int offset = random.nextInt(Variant.values().length);
        for (int k = 0; k < Variant.values().length; k++) {
            Variant variant = Variant.values()[(k + offset) % Variant.values().length];
            for (int t : List.copyOf(targets)) {
                Optional<String[]> made = make(blocks.get(t), variant);
                if (made.isPresent()) {
                    targets.remove((Integer) t);
                    single.add(t);
                    String original = made.get()[0];
                    String copy = made.get()[1];
                    replaced.put(t, original);
                    copyAfter.put(t, copy);
                    expectedAt.put(t, made.get()[2]);
                    groups.add(new Group(new HashSet<>(List.of(loose(original), loose(copy))), 1, variant.name()));
                    break;
                }
            }
        }
        List<String> pastedPassage = new ArrayList<>();
        Variant[] passageVariants = {Variant.EXACT, Variant.PUNCTUATION, Variant.SENTENCE_ADDED};
        for (int i = 0; i < passage.size(); i++) {
            int t = passage.get(i);
            String[] made = make(blocks.get(t), passageVariants[i]).orElseGet(() -> make(blocks.get(t), Variant.EXACT).get());
            pastedPassage.add(made[1]);
            expectedAt.put(t, made[2]);
            groups.add(new Group(new HashSet<>(List.of(loose(made[0]), loose(made[1]))), 1, "PASSAGE"));
        }
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        int copies = copyAfter.size() + pastedPassage.size();
        int spread = 0;
        if (repeated >= 0 && repeats > 1) {
            groups.add(new Group(Set.of(loose(blocks.get(repeated))), repeats - 1, "REPEATED"));
            copies += repeats - 1;
        }
        int gaps = repeated < 0 ? 0 : blocks.size() - repeated - 1;
        for (int i = 0; i < blocks.size(); i++) {
            if (repeated >= 0 && i > repeated && !single.contains(i - 1) && repeats > 1) {
                int due = (int) ((long) (repeats - 1) * (i - repeated) / gaps);
                for (; spread < due; spread++) {
                    text.append(blocks.get(repeated)).append("\n\n");
                }
            }
            text.append(replaced.getOrDefault(i, blocks.get(i))).append("\n\n");
            expected.append(expectedAt.getOrDefault(i, replaced.getOrDefault(i, blocks.get(i)))).append("\n\n");
            if (copyAfter.containsKey(i)) {
                text.append(copyAfter.get(i)).append("\n\n");
            }
        }
        for (; repeated >= 0 && spread < repeats - 1; spread++) {
            text.append(blocks.get(repeated)).append("\n\n");
        }
        pastedPassage.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        return new Injected(text.toString(), expected.toString(), copies, groups);
    }

    /** The blocks that the normaliser makes one paragraph of, long enough to be prose, in a random order. */
    private List<Integer> targets() {
        Document normalised = Normaliser.standard().without("dedupe").normalise(read(String.join("\n\n", blocks)),
                SourceKind.PLAIN_TEXT).document();
        Set<String> paragraphs = new HashSet<>();
        normalised.blocks().stream().filter(Paragraph.class::isInstance)
                .forEach(block -> paragraphs.add(loose(PlainText.of(block))));
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String joined = joined(blocks.get(i));
            if (joined.split("\\s+").length >= MIN_WORDS && joined.matches("(?s).*[.!?][\"'”’)]?")
                    && paragraphs.contains(loose(joined))) {
                targets.add(i);
            }
        }
        for (int i = targets.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            targets.set(j, targets.set(i, targets.get(j)));
        }
        return targets;
    }

    /** Three targets that follow one another, or none. */
    private static List<Integer> passage(List<Integer> targets) {
        Set<Integer> all = new HashSet<>(targets);
        for (int t : targets) {
            if (all.contains(t + 1) && all.contains(t + 2)) {
                return new ArrayList<>(List.of(t, t + 1, t + 2));
            }
        }
        return new ArrayList<>();
    }

    /** The original as pasted, the copy, and the variant expected to remain; empty if the variant does not fit. */
    private Optional<String[]> make(String block, Variant variant) {
        String text = joined(block);
        return switch (variant) {
            case EXACT -> Optional.of(new String[] {block, block, block});
            case LOWER_CASE -> Optional.of(new String[] {block, block.toLowerCase(Locale.ROOT), block});
            case PUNCTUATION -> Optional.of(new String[] {block, punctuated(block), block});
            case WRAPPED -> wrapped(text).map(copy -> new String[] {block, copy, block});
            case SPELLED_OUT -> phrase(text).map(phrase -> {
                String copy = text.replaceFirst(Pattern.quote(phrase), Matcher.quoteReplacement(defined(phrase)));
                return new String[] {block, copy, copy};
            });
            case CONTRACTED -> phrase(text).map(phrase -> {
                String original = text.replaceFirst(Pattern.quote(phrase), Matcher.quoteReplacement(defined(phrase)));
                return new String[] {original, text.replace(phrase, initials(phrase)), original};
            });
            case SENTENCE_ADDED -> {
                String copy = text + " " + ADDED.get(random.nextInt(ADDED.size()));
                yield Optional.of(new String[] {block, copy, copy});
            }
            case SENTENCE_CUT -> {
                String[] sentences = SENTENCE_BREAK.split(text);
                if (sentences.length < 3) {
                    yield Optional.empty();
                }
                List<String> kept = new ArrayList<>(List.of(sentences));
                kept.remove(1 + random.nextInt(sentences.length - 1));
                String copy = String.join(" ", kept);
                yield copy.split("\\s+").length * 2 < text.split("\\s+").length ? Optional.empty()
                        : Optional.of(new String[] {block, copy, block});
            }
        };
    }

    /** The block's lines joined as one line; a word broken at a line end ("after-" "lecture") is joined whole. */
    private static String joined(String block) {
        return block.strip().replaceAll("(?<=\\p{L}-)\\s*\n\\s*", "").replaceAll("\\s*\n\\s*", " ");
    }

    private static String punctuated(String block) {
        return block.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace("—", " -- ").replace("–", "-").replace(",", "").replace(";", " ;");
    }

    /** The text wrapped at a width where every line break is joined again by the hard-wrap stage. */
    private static Optional<String> wrapped(String text) {
        for (int width = 64; width <= 90; width++) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            boolean joins = lines.size() > 1;
            for (int i = 0; i + 1 < lines.size() && joins; i++) {
                String end = lines.get(i);
                char first = lines.get(i + 1).charAt(0);
                joins = end.length() >= 55 && !end.matches(".*[.!?:;…][\"'”’)\\]]*") && !end.endsWith("-")
                        && !Character.isDigit(first);
            }
            if (joins) {
                return Optional.of(String.join("\n", lines));
            }
        }
        return Optional.empty();
    }

    /** A run of capitalised words in the text whose initials are no word of the document nor defined yet. */
    private Optional<String> phrase(String text) {
        Matcher matcher = PHRASE.matcher(text);
        Set<String> words = new LinkedHashSet<>(List.of(String.join(" ", blocks).split("[^\\p{L}]+")));
        while (matcher.find()) {
            String phrase = matcher.group(1);
            String initials = initials(phrase);
            if (initials.length() >= 2 && !words.contains(initials) && defined.add(initials)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static String defined(String phrase) {
        return phrase + " (" + initials(phrase) + ")";
    }

    private static String initials(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split(" ")) {
            if (Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Reads {@code text} as the plain-text reader does. */
    static Document read(String text) {
        return new PlainTextReader().read(Source.of("report.txt", text.getBytes(StandardCharsets.UTF_8)));
    }
}
