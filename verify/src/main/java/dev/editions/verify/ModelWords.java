package dev.editions.verify;

import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an edition's text holds every word of the model, in the model's order: each model word is
 * looked for from where the previous one was found, so the walk is linear and a missing word costs
 * nothing but its own count. Extra words in the edition (running heads, spelled-out abbreviations,
 * list labels) do not matter.
 */
final class ModelWords {
    /** A word: one ideograph or kana (scripts written without spaces), or a run of other letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
            + "|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    private ModelWords() {
    }

    /** The words of {@code text}, in lower case. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The words of every block of {@code model}, code included, in order: the body's, then the notes'. */
    static List<String> of(Document model) {
        return of(Blocks.withNotes(model));
    }

    /** The words of {@code blocks}, code included, in order. */
    static List<String> of(List<Block> blocks) {
        List<String> words = new ArrayList<>();
        for (Block block : blocks) {
            words.addAll(of(block instanceof CodeBlock code ? code.text() : PlainText.of(block)));
        }
        return words;
    }

    /**
     * The model words {@code edition} lacks, in order (at most {@code limit} of them kept), and their
     * count, as {@code [count, word, word, …]}.
     */
    static Missing missing(List<String> model, List<String> edition, int limit) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < edition.size(); i++) {
            positions.computeIfAbsent(edition.get(i), word -> new ArrayList<>()).add(i);
        }
        int at = 0;
        int count = 0;
        List<String> first = new ArrayList<>();
        for (String word : model) {
            int next = nextAtOrAfter(positions.get(word), at);
            if (next < 0) {
                count++;
                if (first.size() < limit) {
                    first.add(word);
                }
            } else {
                at = next + 1;
            }
        }
        return new Missing(count, model.size(), first);
    }

    private static int nextAtOrAfter(List<Integer> sorted, int at) {
        if (sorted == null) {
            return -1;
        }
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle) < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < sorted.size() ? sorted.get(low) : -1;
    }

    /**
     * What an edition lacks of the model.
     *
     * @param count how many model words were not found in order
     * @param total how many words the model has
     * @param first the first of them
     */
    record Missing(int count, int total, List<String> first) {
        /** What this and {@code other} lack together, at most {@code limit} of the words kept. */
        Missing plus(Missing other, int limit) {
            List<String> words = new ArrayList<>(first);
            words.addAll(other.first);
            return new Missing(count + other.count, total + other.total, words.subList(0, Math.min(limit, words.size())));
        }
    }
}
