package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Retention;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole real documents (RFCs, Project Gutenberg books, a government manual; sources in the README
 * beside them) keep every word of their body, in order, through the standard normaliser: only page
 * furniture, front matter, the licence and the printed table of contents may go.
 */
class RealDocumentsTest {
    /** The stages whose removals are not body text. */
    private static final Set<String> EXCEPTED = Set.of("front-matter", "furniture", "contents", "title");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.editions.fixtures.Retention#documents")
    void everyWordOfTheBodyIsKeptInOrder(Path file) throws IOException {
        Document document = Retention.normalised(file);
        List<String> source = Retention.words(body(Files.readString(file), document.removals()));
        double retention = Retention.of(source, Retention.words(document));
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
}
