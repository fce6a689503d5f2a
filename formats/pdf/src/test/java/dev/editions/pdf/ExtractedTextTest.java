package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Abbreviation;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.DefinitionList;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.text.TextRun;
import dev.editions.text.TextRuns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text a reader gets from the PDF's tagged content (artifacts left out: running header, footer,
 * repeated table headers) is the model's text, in the model's order: title block, then every block,
 * with list labels and abbreviations spelled out at first use.
 */
@Tag("slow")
class ExtractedTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"sample", "feature-rich", "large-report"})
    void taggedTextIsTheModelsTextInOrder(String fixture) throws IOException {
        Document document = PdfFixtures.fixture(fixture);
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf(fixture))) {
            assertEquals(expected(document), tagged(pdf));
        }
    }

    /**
     * The text inside marked content with an MCID, page by page, with a space wherever the next glyph
     * starts a new line or leaves a gap (list labels, table cells).
     */
    private static String tagged(PDDocument pdf) throws IOException {
        Glyphs glyphs = new Glyphs();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            glyphs.newPage();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                glyphs.append(content);
            }
        }
        return glyphs.text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Collects glyphs in content order. */
    private static final class Glyphs {
        private final StringBuilder text = new StringBuilder();
        private float lineY = Float.NaN;
        private float endX;

        void newPage() {
            lineY = Float.NaN;
            text.append(' ');
        }

        void append(PDMarkedContent content) {
            if ("Artifact".equals(content.getTag()) || content.getMCID() < 0) {
                return;
            }
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition glyph) {
                    boolean newLine = !Float.isNaN(lineY) && Math.abs(glyph.getY() - lineY) > 1;
                    boolean gap = glyph.getX() - endX > glyph.getFontSizeInPt() * 0.25f;
                    if (newLine || gap) {
                        text.append(' ');
                    }
                    lineY = glyph.getY();
                    endX = glyph.getX() + glyph.getWidth();
                    text.append(glyph.getUnicode());
                } else if (item instanceof PDMarkedContent nested) {
                    append(nested);
                }
            }
        }
    }

    private static String expected(Document document) {
        Metadata metadata = document.metadata();
        List<String> parts = new ArrayList<>();
        parts.add(metadata.title());
        if (metadata.subtitle() != null) {
            parts.add(metadata.subtitle());
        }
        List<String> byline = new ArrayList<>(metadata.authors());
        byline.addAll(metadata.publishers());
        if (metadata.date() != null) {
            byline.add(metadata.date().toString());
        }
        if (!byline.isEmpty()) {
            parts.add(String.join(" · ", byline));
        }
        AbbreviationExpansions expansions = new AbbreviationExpansions(document.glossary());
        for (Block block : document.blocks()) {
            blockText(block, 0, expansions, parts);
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static void blockText(Block block, int depth, AbbreviationExpansions expansions, List<String> parts) {
        switch (block) {
            case Heading heading -> parts.add(inlineText(heading.content(), expansions));
            case Paragraph paragraph -> parts.add(inlineText(paragraph.content(), expansions));
            case ListBlock list -> {
                for (int i = 0; i < list.items().size(); i++) {
                    parts.add(list.ordered() ? (list.start() + i) + "." : List.of("•", "◦", "▪").get(depth % 3));
                    ListItem item = list.items().get(i);
                    item.blocks().forEach(child -> blockText(child, depth + 1, expansions, parts));
                }
            }
            case Quote quote -> quote.blocks().forEach(child -> blockText(child, depth, expansions, parts));
            case Table table -> {
                parts.add(inlineText(table.caption(), expansions));
                for (Table.Row row : table.header()) {
                    row.cells().forEach(cell -> parts.add(inlineText(cell.content(), expansions)));
                }
                for (Table.Row row : table.body()) {
                    row.cells().forEach(cell -> parts.add(inlineText(cell.content(), expansions)));
                }
            }
            case Figure figure -> parts.add(inlineText(figure.caption(), expansions));
            case CodeBlock code -> parts.add(code.text());
            case Break thematic -> {
            }
            case DefinitionList definitions -> definitions.definitions().forEach(definition -> {
                parts.add(inlineText(definition.term(), expansions));
                definition.details().forEach(detail -> detail.forEach(child -> blockText(child, depth + 1, expansions,
                        parts)));
            });
            case Admonition admonition -> {
                parts.add(inlineText(admonition.heading(), expansions));
                admonition.blocks().forEach(child -> blockText(child, depth, expansions, parts));
            }
        }
    }

    private static String inlineText(List<Inline> inlines, AbbreviationExpansions expansions) {
        StringBuilder text = new StringBuilder();
        for (TextRun run : TextRuns.of(inlines)) {
            Abbreviation abbreviation = run.abbreviation();
            if (abbreviation != null) {
                text.append(expansions.textFor(abbreviation));
            } else {
                expansions.seeText(run.text());
                text.append(run.text());
            }
        }
        return text.toString();
    }
}
