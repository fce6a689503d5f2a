package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.Publication;
import dev.editions.fixtures.Retention;
import dev.editions.model.Blocks;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Markdown documents (design documents, READMEs in several languages and scripts, a long
 * syntax test file; sources and licences in the corpus's README) through the whole pipeline: every
 * word a reader of the source sees (by flexmark's own syntax tree, not our reader) reaches the model
 * and every edition in order (each footnote's words in order wherever the edition places the note), every code block reaches the model, the EPUB, the DOCX and the
 * Markdown edition byte for byte, and every picture's alt text is the picture's alternative or, for a
 * picture that could not be used (remote, missing), text in its place. A PDF that cannot be written because no bundled font has some
 * characters must say so, and the other three editions must still be written.
 */
@Tag("slow")
class RealMarkdownTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "markdown-real");

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void theCorpusHoldsAtLeastSixDocuments() throws IOException {
        assertTrue(documents().count() >= 6, "real Markdown documents in " + CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyEditionKeepsEveryWordAndEveryCodeBlock(Path file, @TempDir Path out) throws IOException {
        MarkdownOracle source = MarkdownOracle.of(Files.readString(file));
        Draft draft = Editions.read(file).normalise();
        Publication publication = draft.publish(out);
        List<String> problems = new ArrayList<>();

        Document model = draft.document();
        List<String> modelWords = new ArrayList<>(MarkdownOracle.words(model.metadata().title()));
        modelWords.addAll(ModelWords.of(model));
        check(file, "model", source, modelWords, codeBlocks(model), altTexts(model), problems);
        for (Publication.Edition edition : publication.editions()) {
            EditionText text = EditionText.of(edition.path());
            check(file, edition.format(), source, MarkdownOracle.words(text.text()), text.codeBlocks(),
                    text.altTexts(), problems);
        }
        for (Publication.Failure failure : publication.failures()) {
            System.out.printf(Locale.ROOT, "retention %-40s %-8s not written: %s%n", file.getFileName(),
                    failure.format(), failure.message().lines().findFirst().orElse(""));
            boolean missingGlyphs = failure.format().equals("pdf") && failure.message().contains("U+");
            if (!missingGlyphs) {
                problems.add(failure.format() + " not written: " + failure.message());
            }
        }
        assertFalse(publication.editions().isEmpty(), file + ": no edition written");
        assertEquals(List.of(), problems, file.toString());
    }

    private static void check(Path file, String edition, MarkdownOracle source, List<String> words,
            List<String> code, List<String> alts, List<String> problems) {
        int kept = Retention.lcs(source.words(), words);
        long identical = code == null ? -1 : source.codeBlocks().stream().filter(code::contains).count();
        String spoken = " " + String.join(" ", words) + " ";
        long altsKept = source.altTexts().stream()
                .filter(alt -> alts.contains(alt) || spoken.contains(" " + String.join(" ", MarkdownOracle.words(alt)) + " "))
                .count();
        System.out.printf(Locale.ROOT,
                "retention %-40s %-8s %6d/%-6d words %.4f, code blocks %s/%d identical, alt texts %d/%d%n",
                file.getFileName(), edition, kept, source.words().size(),
                source.words().isEmpty() ? 1.0 : (double) kept / source.words().size(),
                identical < 0 ? "-" : String.valueOf(identical), source.codeBlocks().size(), altsKept,
                source.altTexts().size());
        if (kept < source.words().size()) {
            problems.add(edition + " lost " + (source.words().size() - kept) + " words, first: "
                    + firstLost(source.words(), words));
        }
        // A note's letters and digits in one run: a line may break a long address inside a word.
        String letters = String.join("", words);
        for (List<String> note : source.notes()) {
            if (!letters.contains(String.join("", note))) {
                problems.add(edition + " lost words of the footnote " + note.subList(0, Math.min(6, note.size())));
            }
        }
        if (code != null && identical < source.codeBlocks().size()) {
            problems.add(edition + " changed " + (source.codeBlocks().size() - identical) + " code blocks");
        }
        if (altsKept < source.altTexts().size()) {
            problems.add(edition + " lacks " + (source.altTexts().size() - altsKept) + " alt texts");
        }
    }

    /** The first few source words outside a longest common subsequence with the edition's words. */
    private static List<String> firstLost(List<String> source, List<String> edition) {
        int[][] lcs = new int[source.size() + 1][edition.size() + 1];
        for (int i = source.size() - 1; i >= 0; i--) {
            for (int j = edition.size() - 1; j >= 0; j--) {
                lcs[i][j] = source.get(i).equals(edition.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lost = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < source.size() && lost.size() < 8) {
            if (j < edition.size() && source.get(i).equals(edition.get(j))) {
                i++;
                j++;
            } else if (j < edition.size() && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                lost.add("#" + i + " " + source.get(i));
                i++;
            }
        }
        return lost;
    }

    private static List<String> codeBlocks(Document model) {
        List<String> code = new ArrayList<>();
        Blocks.forEachBlock(model.blocks(), block -> {
            if (block instanceof CodeBlock c) {
                code.add(c.text());
            }
        });
        return code;
    }

    private static List<String> altTexts(Document model) {
        List<String> alts = new ArrayList<>();
        Blocks.forEachBlock(model.blocks(), block -> {
            if (block instanceof Figure figure && !figure.alt().isBlank()) {
                alts.add(figure.alt().strip().replaceAll("\\s+", " "));
            }
        });
        return alts;
    }

    static {
        if (!Files.isDirectory(CORPUS)) {
            throw new UncheckedIOException(new IOException("no corpus folder " + CORPUS.toAbsolutePath()));
        }
    }
}
