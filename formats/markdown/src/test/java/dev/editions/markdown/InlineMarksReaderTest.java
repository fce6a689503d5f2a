package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.Diagnostic;
import dev.editions.Diagnostics;
import dev.editions.fixtures.Fixtures;
import dev.editions.markdown.internal.MarkdownParsers;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.Keyboard;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Table;
import dev.editions.model.TaskState;
import dev.editions.model.Text;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing strikethrough, superscript, subscript, keys, task items and bare addresses. */
class InlineMarksReaderTest {
    private static final String FRONT = "---\ntitle: Marks\n---\n\n";

    private static Document read(String markdown, Diagnostics diagnostics) {
        return new MarkdownReader().read(Source.of("report.md", (FRONT + markdown).getBytes(StandardCharsets.UTF_8)),
                diagnostics);
    }

    private static List<Inline> paragraph(Document document, int index) {
        return ((Paragraph) document.blocks().get(index)).content();
    }

    private static List<String> warnings(Diagnostics diagnostics) {
        return diagnostics.list().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEachMarkIntoItsInline() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("E = mc<sup>2</sup>, H<sub>2</sub>O, ~~*old*~~ and <kbd>Ctrl</kbd>.\n", diagnostics);
        assertEquals(List.of(new Text("E = mc"), new Superscript(List.of(new Text("2"))), new Text(", H"),
                new Subscript(List.of(new Text("2"))), new Text("O, "),
                new dev.editions.model.Strikethrough(List.of(new Emphasis(List.of(new Text("old"))))),
                new Text(" and "), new Keyboard("Ctrl"), new Text(".")), paragraph(document, 0));
        assertEquals(List.of(), warnings(diagnostics), "supported tags raise no warning");
    }

    @Test
    void anUnclosedMarkKeepsItsTextWithAWarning() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("Para.\n\nmc<sup>2 and more\n", diagnostics);
        assertEquals(List.of(new Text("mc2 and more")), paragraph(document, 1));
        assertEquals(List.of("report.md:7: warning: the HTML tag <sup> was left out; Markdown sources may use only"
                + " <span lang=\"…\">, <sup>, <sub>, <kbd> and <br>"), warnings(diagnostics));
    }

    @Test
    void marksInsideKeysAreLeftOutWithAWarning() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("<kbd>**Enter**</kbd>\n", diagnostics);
        assertEquals(List.of(new Keyboard("Enter")), paragraph(document, 0));
        assertEquals(List.of("report.md:5: warning: the marks inside <kbd> were left out and its text kept: keys are"
                + " plain text"), warnings(diagnostics));
    }

    @Test
    void readsTaskStates() {
        Document document = read("- [ ] to do\n- [x] done\n- plain\n", new Diagnostics("report.md"));
        ListBlock list = (ListBlock) document.blocks().get(0);
        assertEquals(TaskState.UNCHECKED, list.items().get(0).task());
        assertEquals(TaskState.CHECKED, list.items().get(1).task());
        assertNull(list.items().get(2).task());
        assertEquals(List.of(new Text("done")), ((Paragraph) list.items().get(1).blocks().get(0)).content());
    }

    @Test
    void bareAddressesBecomeLinksThatKeepTheirText() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("See www.example.org, https://example.com/a and ada@example.org.\n", diagnostics);
        assertEquals(List.of(new Text("See "),
                new Link("http://www.example.org", null, List.of(new Text("www.example.org"))), new Text(", "),
                new Link("https://example.com/a", null, List.of(new Text("https://example.com/a"))),
                new Text(" and "), new Link("mailto:ada@example.org", null, List.of(new Text("ada@example.org"))),
                new Text(".")), paragraph(document, 0));
        assertEquals(List.of(), warnings(diagnostics));
    }

    @Test
    void theMarkdownEditionWritesEachMarkAsGitHubReadsIt() {
        String written = new String(EditionsUnderTest.write(Fixtures.inlineMarks()), StandardCharsets.UTF_8);
        Node parsed = MarkdownParsers.parser().parse(written);
        List<String> struck = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> tasks = new ArrayList<>();
        collect(parsed, struck, tags, tasks);
        assertEquals(List.of("old figure of 12", "A plan with *two* steps", "draft", "none"), struck);
        assertEquals(List.of(false, true, false, true, false, true), tasks, "task boxes, done or not, in order");
        assertEquals(List.of("<sup>", "</sup>", "<sup>", "</sup>", "<sub>", "</sub>", "<kbd>", "</kbd>", "<kbd>",
                "</kbd>", "<sup>", "</sup>", "<sub>", "<sup>", "</sup>", "</sub>", "<kbd>", "</kbd>", "<kbd>", "</kbd>",
                "<sub>", "</sub>"), tags);
    }

    private static void collect(Node node, List<String> struck, List<String> tags, List<Boolean> tasks) {
        if (node instanceof Strikethrough strikethrough) {
            struck.add(strikethrough.getText().toString());
        } else if (node instanceof HtmlInline html) {
            tags.add(html.getChars().toString());
        } else if (node instanceof TaskListItem task) {
            tasks.add(task.isItemDoneMarker());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, struck, tags, tasks);
        }
    }

    @Test
    void textThatLooksLikeAnAddressIsWrittenSoItStaysText() {
        Document document = Document.of(Metadata.builder().title("Addresses").language("en").build(),
                List.of(new Heading(2, List.of(new Text("Notes from www.example.com"))),
                        Paragraph.of("Plain https://example.org/x, www.example.com and ada@example.org stay text."),
                        Paragraph.of("So do WWW.EXAMPLE.NET and mailto://odd."),
                        Table.of(List.of(), List.of(Table.Row.of("Site", "Contact")),
                                List.of(Table.Row.of("http://example.net", "bob@example.net")))));
        Document read = EditionsUnderTest.read("addresses", EditionsUnderTest.write(document));
        assertEquals(document.blocks(), read.blocks());
    }
}
