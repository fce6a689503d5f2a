package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LanguageTag;
import dev.editions.model.Paragraph;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets the language of a report that does not declare one, when its letters or common words leave no
 * doubt ({@link LanguageGuess}). In plain text it also marks long passages in another language: a
 * paragraph of {@value #MIN_PASSAGE_WORDS} words or more whose language is confidently another than
 * the report's becomes a {@link LanguageSpan}, so editions announce it to screen readers. In every
 * report, runs of words in a script that only one language is written in are marked with it
 * ({@link ScriptRuns}).
 */
final class LanguageStage implements Stage {
    /** The fewest words a paragraph needs before its own language is told. */
    static final int MIN_PASSAGE_WORDS = 25;

    @Override
    public String name() {
        return "language";
    }

    @Override
    public StageResult apply(Document document) {
        if (!LanguageTag.UNDETERMINED.equals(document.metadata().language())) {
            return StageResult.unchanged(document);
        }
        Optional<LanguageGuess> guess = LanguageGuess.of(sample(document));
        if (guess.isEmpty()) {
            return StageResult.unchanged(document);
        }
        String language = guess.get().language();
        return new StageResult(document.withMetadata(document.metadata().toBuilder().language(language).build()),
                List.of("language: " + language + " (" + guess.get().reason() + ")"));
    }

    @Override
    public StageResult apply(Document document, SourceKind kind) {
        StageResult passages = passages(document, kind);
        List<String> changes = new ArrayList<>(passages.changes());
        Document marked = ScriptRuns.mark(passages.document(), primary(passages.document().metadata().language()),
                changes);
        return changes.size() == passages.changes().size() ? passages : new StageResult(marked, changes);
    }

    /** The report's language, and in plain text the paragraphs in another language. */
    private StageResult passages(Document document, SourceKind kind) {
        StageResult whole = apply(document);
        if (kind != SourceKind.PLAIN_TEXT) {
            return whole;
        }
        String language = primary(whole.document().metadata().language());
        if (LanguageTag.UNDETERMINED.equals(language)) {
            return whole;
        }
        List<String> changes = new ArrayList<>(whole.changes());
        List<Block> blocks = new ArrayList<>(whole.document().blocks());
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && isPlain(paragraph)) {
                String text = PlainText.of(paragraph);
                if (words(text) < MIN_PASSAGE_WORDS) {
                    continue;
                }
                Optional<LanguageGuess> guess = LanguageGuess.of(text);
                if (guess.isPresent() && !guess.get().language().equals(language)) {
                    blocks.set(i, new Paragraph(List.of(new LanguageSpan(guess.get().language(), paragraph.content()))));
                    changes.add("passage in " + guess.get().language() + " at block " + i + " ("
                            + guess.get().reason() + ")");
                }
            }
        }
        return changes.size() == whole.changes().size() ? whole
                : new StageResult(whole.document().withBlocks(blocks), changes);
    }

    /** Whether the paragraph is not already marked as in a language of its own. */
    private static boolean isPlain(Paragraph paragraph) {
        return paragraph.content().stream().noneMatch(LanguageSpan.class::isInstance);
    }

    private static int words(String text) {
        int words = 0;
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            words += word.isEmpty() ? 0 : 1;
        }
        return words;
    }

    /** The primary subtag of a language tag, in lower case: {@code en} for {@code en-GB}. */
    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The text of the first blocks, enough to tell the language. */
    private static String sample(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (text.length() > LanguageGuess.SAMPLE_WORDS * 6) {
                break;
            }
            text.append(PlainText.of(block)).append('\n');
        }
        return text.toString();
    }
}
