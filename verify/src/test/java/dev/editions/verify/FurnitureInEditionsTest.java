package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words an edition adds (the contents heading, the page footer, the glossary) are in the report's
 * language in the PDF, the DOCX and the EPUB, read back with PDFBox, POI and an XML parser; and no
 * edition of a French report keeps the English words.
 */
@Tag("slow")
class FurnitureInEditionsTest {
    @ParameterizedTest
    @CsvSource({
        "fr, Table des matières, Page 1 sur, Glossaire",
        "de, Inhalt, Seite 1 von, Glossar",
        "ru, Содержание, Страница 1 из, Глоссарий",
        "en, Contents, Page 1 of, Glossary"})
    void theFurnitureIsInTheReportsLanguage(String language, String contents, String page, String glossary) {
        Document sample = Fixtures.sample();
        List<dev.editions.model.Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, List.of(new Text("Introduction"))));
        blocks.addAll(sample.blocks());
        blocks.add(new Heading(1, List.of(new Text("Conclusion"))));
        blocks.add(Paragraph.of("The end of the report."));
        Document document = new Document(Metadata.builder().title("Rapport").language(language).build(), blocks,
                sample.glossary(), List.of());

        String pdf = EditionText.of(WrittenEditions.write(document, "furniture-" + language + ".pdf", "pdf")).text();
        String docx = EditionText.of(WrittenEditions.write(document, "furniture-" + language + ".docx", "docx")).text();
        String epub = EditionText.of(WrittenEditions.write(document, "furniture-" + language + ".epub", "epub")).text();

        assertTrue(pdf.contains(page), pdf);
        assertTrue(docx.contains(contents) && docx.contains(glossary), docx);
        assertTrue(epub.contains(contents), epub);
        if (!language.equals("en")) {
            for (String english : List.of("Contents", "Page 1 of", "Glossary")) {
                assertFalse(pdf.contains(english) || docx.contains(english) || epub.contains(english),
                        language + " edition holds the English '" + english + "'");
            }
        }
        assertEquals(language, document.metadata().language());
    }
}
