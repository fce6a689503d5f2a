package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Document;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The plain-text spec corpus: Markdown files under {@code src/test/resources/plaintext/} whose
 * examples, in the manner of flexmark's spec files, give an input text and the digest of the
 * document the standard normaliser makes of it ({@link Digest}). In inputs, {@code →} stands for a
 * tab and {@code ␌} for a form feed. Prints how many cases are exact.
 */
class PlainTextSpecTest {
    static final Path FOLDER = Path.of("src/test/resources/plaintext");
    private static final String FENCE = "````````````````````````````````";
    private static final AtomicInteger EXACT = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    /** One example: where it is, its name, its input and the expected digest. */
    record Example(String file, int line, String name, String input, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example example : examples()) {
            tests.add(DynamicTest.dynamicTest(example.file() + ":" + example.line() + " " + example.name(), () -> {
                TOTAL.incrementAndGet();
                String actual = Digest.of(normalise(example.input()));
                assertEquals(example.expected(), actual, example.name());
                EXACT.incrementAndGet();
            }));
        }
        return tests.stream();
    }

    /** With {@code -Dplaintext.spec.actual=true}, writes every example with its actual digest, for review. */
    @AfterAll
    static void writeActual() throws IOException {
        if (!Boolean.getBoolean("plaintext.spec.actual")) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Example example : examples()) {
            out.append(example.file()).append('\n').append(FENCE).append(" example ").append(example.name()).append('\n')
                    .append(example.input()).append("\n.\n").append(Digest.of(normalise(example.input())))
                    .append('\n').append(FENCE).append("\n\n");
        }
        Files.writeString(Path.of("target", "plaintext-spec-actual.md"), out);
    }

    @AfterAll
    static void printCount() {
        System.out.println("plain-text spec: " + EXACT.get() + " of " + TOTAL.get() + " cases exact");
    }

    static Document normalise(String input) {
        String text = input.replace('→', '\t').replace('␌', '\f');
        Document raw = new PlainTextReader().read(Source.of("untitled-report.txt", text.getBytes(StandardCharsets.UTF_8)));
        return Normaliser.standard().normalise(raw, SourceKind.PLAIN_TEXT).document();
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(FENCE + " example")) {
                    continue;
                }
                int start = i;
                String name = lines.get(i).substring((FENCE + " example").length()).strip();
                List<String> input = new ArrayList<>();
                for (i++; !lines.get(i).equals("."); i++) {
                    input.add(lines.get(i));
                }
                List<String> expected = new ArrayList<>();
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    expected.add(lines.get(i));
                }
                examples.add(new Example(file.getFileName().toString(), start + 1, name, String.join("\n", input),
                        String.join("\n", expected)));
            }
        }
        return examples;
    }
}
