package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Diagnostics;
import dev.editions.model.Abbreviation;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.NoteReference;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Table;
import dev.editions.model.TaskState;
import dev.editions.model.Text;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The GFM extensions the reader follows (strikethrough, task list items, extended autolinks) and the
 * HTML marks it reads ({@code <sup>}, {@code <sub>}, {@code <kbd>}), as spec files under
 * {@code src/test/resources/gfm/}: each example gives Markdown and the outline of the document read
 * from it (see {@link #outline(Document)}), in the manner of flexmark's spec files. An example headed
 * {@code example differs: why} gives what GitHub reads, and the reader is known to read something
 * else: it must go on differing, so the list stays true. Prints how many cases are exact.
 */
class GfmExtensionsSpecTest {
    private static final Path FOLDER = Path.of("src/test/resources/gfm");
    private static final String FENCE = "`".repeat(32);
    private static final String DIFFERS = "differs:";
    private static final AtomicInteger EXACT = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    /** One example: where it is, its name, its Markdown, the expected outline and whether it is a known difference. */
    private record Example(String file, int line, String name, String markdown, String expected, boolean differs) {
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(
                example.file() + ":" + example.line() + " " + example.name(), () -> {
                    TOTAL.incrementAndGet();
                    String actual = outline(read(example.markdown()));
                    if (example.differs()) {
                        assertNotEquals(example.expected(), actual, "reads as GitHub does now: drop 'differs'");
                    } else {
                        assertEquals(example.expected(), actual, example.markdown());
                        EXACT.incrementAndGet();
                    }
                }));
    }

    @Test
    void theSpecFilesHoldExamplesOfEachExtension() throws IOException {
        List<Example> examples = examples();
        for (String file : List.of("strikethrough.md", "task-lists.md", "autolinks.md", "html-marks.md", "tables.md")) {
            assertTrue(examples.stream().filter(e -> e.file().equals(file)).count() >= 5, file);
        }
    }

    @AfterAll
    static void printCount() {
        System.out.println("GFM extensions spec: " + EXACT.get() + " of " + TOTAL.get() + " cases exact");
    }

    private static Document read(String markdown) {
        String source = "---\ntitle: Spec\n---\n\n" + markdown.replace('→', '\t');
        return new MarkdownReader().read(Source.of("spec.md", source.getBytes(StandardCharsets.UTF_8)),
                new Diagnostics("spec.md"));
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(FENCE + " example")) {
                    continue;
                }
                int start = i + 1;
                String name = lines.get(i).substring(FENCE.length() + " example".length()).strip();
                StringBuilder markdown = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder part = markdown;
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && part == markdown) {
                        part = expected;
                    } else {
                        part.append(lines.get(i)).append('\n');
                    }
                }
                examples.add(new Example(file.getFileName().toString(), start, name, markdown.toString(),
                        expected.toString().strip(), name.startsWith(DIFFERS)));
            }
        }
        return examples;
    }

    /**
     * The outline of a document: one line a block ({@code p: …}, {@code h2: …}, {@code ul:} and
     * {@code ol:} with their items indented, {@code - } an item, {@code - [ ] } and {@code - [x] } a
     * task), inlines written as {@code del(…)}, {@code sup(…)}, {@code sub(…)}, {@code kbd(…)},
     * {@code em(…)}, {@code strong(…)}, {@code code(…)} and {@code link(target|…)}.
     */
    static String outline(Document document) {
        List<String> lines = new ArrayList<>();
        document.blocks().forEach(block -> block(block, "", lines));
        return String.join("\n", lines);
    }

    private static void block(Block block, String indent, List<String> lines) {
        switch (block) {
            case Paragraph p -> lines.add(indent + "p: " + inlines(p.content()));
            case Heading h -> lines.add(indent + "h" + h.level() + ": " + inlines(h.content()));
            case ListBlock l -> {
                lines.add(indent + (l.ordered() ? "ol:" : "ul:"));
                for (ListItem item : l.items()) {
                    String box = item.task() == null ? "" : item.task() == TaskState.CHECKED ? "[x] " : "[ ] ";
                    List<String> inner = new ArrayList<>();
                    item.blocks().forEach(b -> block(b, indent + "    ", inner));
                    lines.add(indent + "  - " + box + inner.get(0).strip());
                    lines.addAll(inner.subList(1, inner.size()));
                }
            }
            case Quote q -> q.blocks().forEach(b -> block(b, indent + "> ", lines));
            case Table t -> lines.add(indent + "table: " + Stream.concat(t.header().stream(), t.body().stream())
                    .flatMap(row -> row.cells().stream()).map(cell -> inlines(cell.content()))
                    .collect(Collectors.joining(" | ")));
            case CodeBlock c -> lines.add(indent + "code: " + c.text());
            case Figure f -> lines.add(indent + "figure: " + f.alt());
            case Break b -> lines.add(indent + "---");
            case DefinitionList d -> d.definitions().forEach(definition -> {
                lines.add(indent + "dt: " + inlines(definition.term()));
                definition.details().forEach(detail -> detail.forEach(b -> block(b, indent + "  dd ", lines)));
            });
            case Admonition a -> {
                lines.add(indent + "aside " + a.type() + ": " + inlines(a.title()));
                a.blocks().forEach(b -> block(b, indent + "| ", lines));
            }
        }
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            out.append(switch (inline) {
                case Text t -> t.text();
                case Strikethrough s -> "del(" + inlines(s.content()) + ")";
                case Superscript s -> "sup(" + inlines(s.content()) + ")";
                case Subscript s -> "sub(" + inlines(s.content()) + ")";
                case Keyboard k -> "kbd(" + k.keys() + ")";
                case Emphasis e -> "em(" + inlines(e.content()) + ")";
                case Strong s -> "strong(" + inlines(s.content()) + ")";
                case Code c -> "code(" + c.code() + ")";
                case Link l -> "link(" + l.target() + "|" + inlines(l.content()) + ")";
                case LanguageSpan s -> "lang-" + s.language() + "(" + inlines(s.content()) + ")";
                case Abbreviation a -> a.shortForm();
                case LineBreak b -> "\\n";
                case NoteReference n -> "note(" + n.id() + ")";
                case dev.editions.model.InlineImage i -> "img(" + i.alt() + ")";
            });
        }
        return out.toString();
    }
}
