package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.Diagnostics;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Emphasis;
import dev.editions.model.LineBreak;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Text;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown reader's definition lists, GitHub alerts, {@code <details>} and TeX formulas. */
class SetApartReaderTest {
    private final Diagnostics diagnostics = new Diagnostics("report.md");

    private List<Block> read(String markdown) {
        return new MarkdownReader().read(Source.of("report.md", markdown.getBytes(StandardCharsets.UTF_8)), diagnostics)
                .blocks();
    }

    @Test
    void definitionLists() {
        assertEquals(List.of(new DefinitionList(List.of(
                new Definition(List.of(new Text("Term "), new Emphasis(List.of(new Text("one")))), List.of(
                        List.of(Paragraph.of("First.")),
                        List.of(Paragraph.of("Second."), Paragraph.of("More of it.")))),
                new Definition(List.of(new Text("Alpha"), LineBreak.INSTANCE, new Text("Beta")),
                        List.of(List.of(Paragraph.of("Both."))))))),
                read("Term *one*\n: First.\n: Second.\n\n  More of it.\n\nAlpha\nBeta\n: Both.\n"));
    }

    @Test
    void gitHubAlertsOfEveryTypeWithOrWithoutTitle() {
        assertEquals(List.of(
                new Admonition(Admonition.Type.NOTE, List.of(), List.of(Paragraph.of("Useful."), Paragraph.of("More.")))),
                read("> [!NOTE]\n> Useful.\n>\n> More.\n"));
        assertEquals(List.of(new Admonition(Admonition.Type.WARNING, List.of(new Text("Mind "),
                new Emphasis(List.of(new Text("this")))), List.of(ListBlock.bulleted(List.of(ListItem.of("a")))))),
                read("> [!warning] Mind *this*\n>\n> - a\n"));
        for (Admonition.Type type : List.of(Admonition.Type.TIP, Admonition.Type.IMPORTANT, Admonition.Type.CAUTION)) {
            assertEquals(List.of(new Admonition(type, List.of(), List.of(Paragraph.of("x")))),
                    read("> [!" + type.marker() + "]\n> x\n"));
        }
        assertEquals(List.of(new Quote(List.of(Paragraph.of("[!NOTICE] not an alert")))),
                read("> [!NOTICE] not an alert\n"));
    }

    @Test
    void detailsHoldMarkdownUnderTheirSummary() {
        assertEquals(List.of(new Admonition(Admonition.Type.DETAILS, List.of(new Text("More info")), List.of(
                Paragraph.of("Inner text."), ListBlock.bulleted(List.of(ListItem.of("item")))))),
                read("<details>\n<summary>More <em>info</em></summary>\n\nInner text.\n\n- item\n\n</details>\n"));
        assertEquals(List.of(new Admonition(Admonition.Type.DETAILS, List.of(new Text("Outer")), List.of(
                new Admonition(Admonition.Type.DETAILS, List.of(new Text("Inner")), List.of(Paragraph.of("Deep."))),
                Paragraph.of("After."))), Paragraph.of("Outside.")),
                read("<details><summary>Outer</summary>\n\n<details><summary>Inner</summary>\n\nDeep.\n\n</details>\n\n"
                        + "After.\n\n</details>\n\nOutside.\n"));
        assertEquals(List.of(new Admonition(Admonition.Type.DETAILS, List.of(new Text("T")),
                List.of(Paragraph.of("all on one line")))), read("<details><summary>T</summary>all on one line</details>\n"));
        assertEquals(0, diagnostics.list().size());
        assertEquals(List.of(new Admonition(Admonition.Type.DETAILS, List.of(), List.of(Paragraph.of("Open.")))),
                read("<details>\n\nOpen.\n"));
        assertEquals("details.unclosed", diagnostics.list().get(0).code());
    }

    @Test
    void formulasKeepTheirTexAndPricesStayText() {
        assertEquals(List.of(new Paragraph(List.of(new Text("Area "), Code.math("\\pi r_1^2 *x*"), new Text(", sum "),
                Code.math("a$b"), new Text(" and "), Code.math("x"), new Text(" cost $5 and $10; $ and $")))),
                read("Area $\\pi r_1^2 *x*$, sum $`a$b`$ and $$x$$ cost $5 and $10; \\$ and \\$\n"));
        assertEquals(List.of(new CodeBlock(CodeBlock.MATH, "\\sum_{i=1}^n i\n= \\frac{n(n+1)}{2}"),
                new CodeBlock(CodeBlock.MATH, "e^{i\\pi} = -1")),
                read("$$\n\\sum_{i=1}^n i\n= \\frac{n(n+1)}{2}\n$$\n\n```math\ne^{i\\pi} = -1\n```\n"));
    }
}
