package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.fixtures.Fixtures;
import dev.editions.fixtures.Pictures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelValidationTest {
    private static void rejects(String message, Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertEquals(message, e.getMessage());
    }

    @Test
    void headingLevelIsOneToSix() {
        rejects("heading level must be between 1 and 6, was 0", () -> new Heading(0, List.of(new Text("x"))));
        rejects("heading level must be between 1 and 6, was 7", () -> new Heading(7, List.of(new Text("x"))));
        assertEquals(6, new Heading(6, List.of(new Text("x"))).level());
    }

    @Test
    void codeIsKeptExactlyButForOneFinalNewline() {
        CodeBlock code = new CodeBlock("abnf", "  a = b\n\n\tc  \n\n");
        assertEquals("  a = b\n\n\tc  \n", code.text());
        assertEquals(List.of("  a = b", "", "\tc  ", ""), code.lines());
        assertEquals("code", code.kind());
        rejects("code text must not be blank", () -> CodeBlock.of(" \n\t\n"));
        rejects("code language must be one word without spaces or backticks, was 'c sharp'",
                () -> new CodeBlock("c sharp", "x"));
        rejects("code text must not contain control character U+000D (lines end in \\n)", () -> CodeBlock.of("a\r\nb"));
        assertThrows(NullPointerException.class, () -> new CodeBlock(null, "x"));
    }

    @Test
    void titleMustNotBeBlank() {
        rejects("title must not be blank", () -> Metadata.titled("  \t"));
        assertThrows(NullPointerException.class, () -> Metadata.titled(null));
        assertEquals("Report", Metadata.titled("  Report ").title());
    }

    @Test
    void languageMustBeWellFormedBcp47() {
        rejects("'english!' is not a well-formed BCP 47 language tag (e.g. en, en-GB, fr)",
                () -> Metadata.builder().title("T").language("english!").build());
        rejects("'en_GB' is not a well-formed BCP 47 language tag (e.g. en, en-GB, fr)",
                () -> new LanguageSpan("en_GB", List.of(new Text("x"))));
        assertEquals("en-GB", Metadata.builder().title("T").language("en-gb").build().language());
        assertEquals("und", Metadata.titled("T").language());
    }

    @Test
    void informativeFigureNeedsAltText() {
        Image picture = Pictures.barChartPng("chart.png", 1);
        rejects("figure 'chart.png' needs alternative text (or must be marked decorative)",
                () -> Figure.of(picture, " ", List.of()));
        rejects("decorative figure 'chart.png' must not have alternative text",
                () -> new Figure(picture, "A chart", List.of(), true));
        assertEquals("", Figure.decorative(picture, List.of()).alt());
    }

    @Test
    void imageMustBePngOrJpeg() {
        rejects("image 'notes.png' is not a PNG or JPEG picture",
                () -> Image.of("notes.png", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Image png = Pictures.barChartPng("c.png", 2);
        assertEquals(Image.PNG, png.mediaType());
        assertEquals(480, png.width());
        assertEquals(300, png.height());
        Image jpeg = Pictures.gradientJpeg("p.jpg");
        assertEquals(Image.JPEG, jpeg.mediaType());
        assertEquals(400, jpeg.width());
        assertEquals(260, jpeg.height());
    }

    @Test
    void imageBytesAreCopiedAndComparedByContent() {
        Image a = Pictures.ornamentPng("o.png");
        byte[] bytes = a.bytes();
        bytes[0] = 0;
        assertEquals(Pictures.ornamentPng("o.png"), a);
        assertNotEquals(Pictures.ornamentPng("other.png"), a);
    }

    @Test
    void tableRowsMatchTheColumns() {
        rejects("table body row 2 has 1 cells but the table has 2 columns",
                () -> Table.of(List.of(), List.of(Table.Row.of("A", "B")),
                        List.of(Table.Row.of("1", "2"), Table.Row.of("3"))));
        rejects("a table needs at least one row",
                () -> new Table(List.of(), List.of(Table.Alignment.START), List.of(), List.of()));
    }

    @Test
    void emptyContainersAreRejected() {
        rejects("paragraph content must not be empty", () -> new Paragraph(List.of()));
        rejects("list items must not be empty", () -> ListBlock.bulleted(List.of()));
        rejects("text must not be empty", () -> new Text(""));
        rejects("link target must not be blank", () -> new Link(" ", null, List.of(new Text("x"))));
        rejects("link text must not be empty", () -> new Link("https://example.org", null, List.of()));
        rejects("expansion of NATO must not be blank", () -> new Abbreviation("NATO", ""));
    }

    @Test
    void listsAreCopiedSoTheModelStaysImmutable() {
        List<Inline> inlines = new ArrayList<>(List.of(new Text("a")));
        Paragraph paragraph = new Paragraph(inlines);
        inlines.add(new Text("b"));
        assertEquals(1, paragraph.content().size());
        assertThrows(UnsupportedOperationException.class, () -> paragraph.content().add(new Text("c")));
    }

    @Test
    void metadataBuilderKeepsValuesAndDropsBlanks() {
        Metadata m = Metadata.builder().title("T").subtitle(" ").authors(List.of("A", " ")).build();
        assertNull(m.subtitle());
        assertEquals(List.of("A"), m.authors());
        assertEquals(m, m.toBuilder().build());
    }

    @Test
    void glossaryKeepsTheFirstDefinition() {
        Glossary g = Glossary.EMPTY.with("UN", "United Nations").with("UN", "Universal Network");
        assertEquals("United Nations", g.longForm("UN").orElseThrow());
    }

    @Test
    void fixturesAreValidModels() {
        assertEquals(4, Fixtures.sample().blocks().size());
        assertEquals(2, Fixtures.sample().glossary().entries().size());
        Document large = Fixtures.largeReport(100);
        assertEquals(large, Fixtures.largeReport(100));
        Document rich = Fixtures.featureRich();
        assertEquals(3, rich.glossary().entries().size());
    }
}
