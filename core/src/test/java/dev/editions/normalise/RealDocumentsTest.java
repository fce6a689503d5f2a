package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.write.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole real documents (RFCs, Project Gutenberg books, a government manual; sources in the README
 * beside them) keep every word of their body, in order, through the standard normaliser: only page
 * furniture, front matter, the licence and the printed table of contents may go.
 */
class RealDocumentsTest {
    static final Path FOLDER = Path.of("src/test/resources/plaintext/real");
    /** The stages whose removals are not body text. */
    private static final Set<String> EXCEPTED = Set.of("front-matter", "furniture", "contents", "title");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Document normalise(Path file) throws IOException {
        Document raw = new PlainTextReader().read(Source.of(file));
        return Normaliser.standard().normalise(raw, SourceKind.PLAIN_TEXT).document();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyWordOfTheBodyIsKeptInOrder(Path file) throws IOException {
        Document document = normalise(file);
        List<String> source = words(body(Files.readString(file), document.removals()));
        List<String> model = new ArrayList<>();
        for (Block block : document.blocks()) {
            model.addAll(words(PlainText.of(block)));
        }
        double retention = (double) Lcs.length(source, model) / source.size();
        System.out.printf(Locale.ROOT, "retention %s: %.4f (%d body words, %d blocks)%n", file.getFileName(), retention,
                source.size(), document.blocks().size());
        assertTrue(retention >= 0.98, file + " kept " + retention + " of its words");
    }

    /** The source text without the lines the normaliser may remove: furniture, front matter, licence, contents. */
    static String body(String text, List<Removal> removals) {
        List<String> furniture = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Removal removal : removals) {
            if ("furniture".equals(removal.stage())) {
                furniture.add(FurnitureStage.key(removal.text()));
            } else if (EXCEPTED.contains(removal.stage())) {
                for (String line : removal.text().split("\n")) {
                    removed.add(line.strip());
                }
            }
        }
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r", "").replace("\f", "").split("\n")) {
            String stripped = line.strip();
            if (!furniture.contains(FurnitureStage.key(line)) && !removed.contains(stripped)) {
                body.append(line).append('\n');
            }
        }
        return body.toString().replaceAll("(\\p{L})-\\n\\s*(\\p{Ll})", "$1$2");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The length of the longest common subsequence of two word lists. */
    static final class Lcs {
        private Lcs() {
        }

        static int length(List<String> a, List<String> b) {
            int[] previous = new int[b.size() + 1];
            int[] current = new int[b.size() + 1];
            for (int i = 1; i <= a.size(); i++) {
                for (int j = 1; j <= b.size(); j++) {
                    current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
                            : Math.max(previous[j], current[j - 1]);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.size()];
        }
    }
}
