package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Retention;
import dev.editions.model.Document;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Node;

/**
 * The EPUB editions of the real plain-text documents in core's tests keep every word of the model, in
 * order, chapter after chapter.
 */
class RealDocumentsTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.editions.fixtures.Retention#documents")
    void theEditionKeepsEveryWordOfTheModel(Path file) {
        Document document = Retention.normalised(file);
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));
        String text = epub.chapters().stream()
                .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.replaceAll("\\D", ""))))
                .map(name -> text(epub.xml(name).getElementsByTagNameNS(EpubFile.XHTML, "main").item(0)))
                .collect(Collectors.joining("\n"));
        double retention = Retention.of(Retention.words(document), Retention.words(text));
        System.out.printf(Locale.ROOT, "EPUB retention %s: %.4f%n", file.getFileName(), retention);
        assertTrue(retention == 1.0, file + ": the EPUB kept " + retention + " of the model's words");
    }

    /** The text of {@code node} as a reader hears it: elements (cells, line breaks, paragraphs) separate words. */
    private static String text(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        StringBuilder out = new StringBuilder(" ");
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            out.append(text(child));
        }
        return out.append(' ').toString();
    }
}
