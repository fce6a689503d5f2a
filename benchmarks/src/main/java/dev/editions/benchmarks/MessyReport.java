package dev.editions.benchmarks;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders a report as the messy plain text publishers receive: lines hard-wrapped at 72 columns and
 * a share of paragraphs repeated later in the text, as a CMS export or a scraped page has them.
 */
public final class MessyReport {
    private static final int WIDTH = 72;

    private MessyReport() {
    }

    /** The plain text of {@code document}, repeating about {@code duplicateShare} of its paragraphs. */
    public static String of(Document document, double duplicateShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(document.metadata().title()).append("\n\n");
        List<String> repeats = new ArrayList<>();
        for (Block block : document.blocks()) {
            switch (block) {
                case Heading heading -> {
                    repeats.forEach(text -> wrap(text, out));
                    repeats.clear();
                    out.append(PlainText.of(heading)).append("\n\n");
                }
                case Paragraph paragraph -> {
                    String text = PlainText.of(paragraph);
                    wrap(text, out);
                    if (random.nextDouble() < duplicateShare) {
                        repeats.add(text);
                    }
                }
                case ListBlock list -> {
                    for (ListItem item : list.items()) {
                        out.append("- ").append(PlainText.of(item.blocks().get(0)).replace('\n', ' ')).append('\n');
                    }
                    out.append('\n');
                }
                case Table table -> {
                    for (Table.Row row : concat(table.header(), table.body())) {
                        for (Table.Cell cell : row.cells()) {
                            String text = PlainText.of(cell.content());
                            out.append(text).append(" ".repeat(Math.max(2, 24 - text.length())));
                        }
                        out.setLength(out.length() - 2);
                        out.append('\n');
                    }
                    out.append('\n');
                }
                case Quote quote -> {
                    // Left out: the messy text is the body prose that exports mangle.
                }
                case Figure figure -> {
                    // A picture has no place in plain text.
                }
                case CodeBlock code -> {
                    // Left out: code is not the prose that exports mangle.
                }
                case Break rule -> {
                    // A rule has no text.
                }
                case DefinitionList definitions -> {
                    // Left out, like quotes: not the body prose that exports mangle.
                }
                case Admonition admonition -> {
                    // Left out, like quotes: not the body prose that exports mangle.
                }
            }
        }
        repeats.forEach(text -> wrap(text, out));
        return out.toString();
    }

    private static List<Table.Row> concat(List<Table.Row> first, List<Table.Row> second) {
        List<Table.Row> rows = new ArrayList<>(first);
        rows.addAll(second);
        return rows;
    }

    private static void wrap(String text, StringBuilder out) {
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + word.length() + 1 > WIDTH) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        out.append("\n\n");
    }
}
