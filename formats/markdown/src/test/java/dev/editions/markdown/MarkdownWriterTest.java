package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Pictures;
import dev.editions.markdown.internal.ImageFiles;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Glossary;
import dev.editions.model.Heading;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact Markdown the writer gives for each kind of block and inline, and that it reads back. */
class MarkdownWriterTest {
    private static final Image CHART = Pictures.barChartPng("chart.png", 1);

    @Test
    void writesEveryBlockAndInlineAsCleanMarkdown() {
        List<Block> blocks = List.of(
                new Heading(1, List.of(new Text("Results #"))),
                Paragraph.of("# not a heading, 1. not a list"),
                Paragraph.of("1. not a list either"),
                ListBlock.bulleted(List.of(ListItem.of("a"), ListItem.of("b"))),
                ListBlock.bulleted(List.of(ListItem.of("c"))),
                new ListBlock(true, 3, List.of(ListItem.of("three"))),
                ListBlock.numbered(List.of(ListItem.of("one"))),
                new Quote(List.of(Paragraph.of("Quoted."), ListBlock.bulleted(List.of(ListItem.of("point"))))),
                new Table(List.of(new Text("Caption")), List.of(Table.Alignment.START, Table.Alignment.END),
                        List.of(Table.Row.of("A", "B|C")),
                        List.of(new Table.Row(List.of(
                                new Table.Cell(List.of(new Text("one"), LineBreak.INSTANCE, new Text("two"))),
                                new Table.Cell(List.of(new Code("x|y"))))))),
                new Break(),
                Figure.of(CHART, "A bar chart", List.of(new Text("Figure 1."))),
                Figure.decorative(CHART, List.of()),
                new Paragraph(List.of(new Emphasis(List.of(new Text("e"))), new Text(" "),
                        new Strong(List.of(new Emphasis(List.of(new Text("se"))))), new Text(" "),
                        new Strong(List.of(new Emphasis(List.of(new Text("e"))), new Text("s"))), new Text(" "),
                        new LanguageSpan("ru", List.of(new Text("Привет"))), new Text(" the "),
                        new Abbreviation("UN", "United Nations"), new Text(" and a "),
                        new Link("https://example.org/a b", "T", List.of(new Text("the annex"))), new Text(" *not* [this]."),
                        LineBreak.INSTANCE, new Text("Next "), InlineImage.of(CHART, "an icon"), new Text(" line "),
                        InlineImage.decorative(CHART), new Text("."))));
        Document document = new Document(Metadata.builder().title("Say \"hi\": a \\ test").language("en").build(),
                blocks, new Glossary(Map.of("UN", "United Nations")), List.of());
        String chart = ImageFiles.path(CHART);
        assertTrue(chart.matches("images/[0-9a-f]{16}/chart\\.png"), chart);
        String expected = """
                ---
                title: "Say \\"hi\\": a \\\\ test"
                language: "en"
                ---

                # Results \\#

                \\# not a heading, 1. not a list

                1\\. not a list either

                - a
                - b

                * c

                3. three

                1) one

                > Quoted.
                >
                > - point

                Table: Caption

                | A | B\\|C |
                | --- | --: |
                | one<br>two | `x\\|y` |

                ---

                ![A bar chart](%s "Figure 1.")

                ![](%s)

                *e* **_se_** ***e*s** <span lang="ru">Привет</span> the UN and a [the annex](https://example.org/a%%20b "T") \\*not\\* \\[this\\].\\
                Next ![an icon](%s) line ![](%s).

                *[UN]: United Nations
                """.formatted(chart, chart, chart, chart);
        byte[] written = EditionsUnderTest.writeKept(document, "every-block");
        String edition = new String(written, StandardCharsets.UTF_8);
        assertEquals(expected, edition);
        CleanMarkdown.check("every-block", edition);
        assertEquals(Canonical.of(document), EditionsUnderTest.read("every-block", written));
    }

    @Test
    void picturesAreFilesBesideTheEditionNamedByTheirContent() throws java.io.IOException {
        Image other = Pictures.barChartPng("chart.png", 2);
        Document document = Document.of(Metadata.builder().title("Pictures").language("en").build(), List.of(
                Figure.of(CHART, "First chart", List.of()), Figure.of(other, "Second chart", List.of()),
                Figure.of(CHART, "First chart again", List.of())));
        dev.editions.write.WriteContext context = dev.editions.write.WriteContext.of(
                dev.editions.write.EditionOptions.builder().build(), "pictures");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new MarkdownWriter().write(document, out, context);
        String markdown = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, byte[]> files = context.companions().files();
        assertEquals(2, files.size(), "one file per distinct picture, though both are called chart.png");
        assertArrayEquals(CHART.bytes(), files.get(ImageFiles.path(CHART)));
        assertArrayEquals(other.bytes(), files.get(ImageFiles.path(other)));
        assertTrue(markdown.contains("](" + ImageFiles.path(other) + ")"), markdown);
        assertTrue(!markdown.contains("data:") && markdown.length() < 400, "no picture inside the text: " + markdown);
    }
}
