package dev.editions.markdown.internal;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.DefinitionList;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.TaskState;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes model blocks as Markdown lines: ATX headings, one blank line between blocks, lists with
 * {@code -} or numbers (task items with {@code [ ]} or {@code [x]} after the marker), quotes with
 * {@code >}, GFM tables with a {@code Table:} caption paragraph before them, figures as images whose
 * address is the picture's file beside the edition ({@link ImageFiles}), and
 * code as fenced blocks.
 */
final class BlockWriter {
    private static final Pattern ORDERED_MARKER = Pattern.compile("^([0-9]{1,9})([.)])(?=[ \\t]|$)");

    private BlockWriter() {
    }

    /** The lines of {@code blocks}, separated by blank lines. */
    static List<String> blocks(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        boolean otherMarker = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            Block block = blocks.get(i);
            if (block instanceof ListBlock list) {
                otherMarker = i > 0 && blocks.get(i - 1) instanceof ListBlock before
                        && before.ordered() == list.ordered() && !otherMarker;
                lines.addAll(list(list, otherMarker));
            } else {
                lines.addAll(block(block));
            }
        }
        return lines;
    }

    private static List<String> block(Block block) {
        return switch (block) {
            case Heading heading -> List.of("#".repeat(heading.level()) + " "
                    + headingText(InlineWriter.write(heading.content(), InlineWriter.Place.HEADING))
                    + (heading.id() == null ? "" : " {#" + heading.id() + "}"));
            case Paragraph paragraph -> paragraph(InlineWriter.write(paragraph.content(), InlineWriter.Place.PARAGRAPH));
            case ListBlock list -> list(list, false);
            case Quote quote -> quoted(blocks(quote.blocks()));
            case Table table -> TableWriter.table(table);
            case Figure figure -> List.of(figure(figure));
            case CodeBlock code -> fenced(code);
            case Break rule -> List.of("---");
            case DefinitionList definitions -> SetApartWriter.definitions(definitions);
            case Admonition admonition -> SetApartWriter.admonition(admonition);
        };
    }

    /**
     * A fenced code block: a fence of backticks longer than any run of backticks in the code, the
     * language as the info string, then the lines exactly as they are.
     */
    static List<String> fenced(CodeBlock code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.text().length(); i++) {
            run = code.text().charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        List<String> lines = new ArrayList<>();
        lines.add(fence + code.language());
        lines.addAll(code.lines());
        lines.add(fence);
        return lines;
    }

    /** The lines of a paragraph, each protected from reading as the start of another block. */
    static List<String> paragraph(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(lineStart(line));
        }
        if (lines.get(0).startsWith(BlockConverter.TABLE_CAPTION)) {
            lines.set(0, "Table\\:" + lines.get(0).substring(BlockConverter.TABLE_CAPTION.length()));
        }
        return lines;
    }

    private static String lineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=' || first == ':') {
            return "\\" + line;
        }
        var marker = ORDERED_MARKER.matcher(line);
        if (marker.find()) {
            return marker.group(1) + "\\" + line.substring(marker.group(1).length());
        }
        return line;
    }

    private static String headingText(String text) {
        String line = lineStart(text);
        if (line.endsWith("}")) {
            int open = line.lastIndexOf('{');
            return open < 0 || open > 0 && line.charAt(open - 1) == '\\' ? line
                    : line.substring(0, open) + "\\" + line.substring(open);
        }
        return line.endsWith("#") ? line.substring(0, line.length() - 1) + "\\#" : line;
    }

    /**
     * A list. A list right after another of the same kind uses the other marker ({@code *} or
     * {@code )}), since CommonMark would otherwise join them into one.
     */
    private static List<String> list(ListBlock list, boolean otherMarker) {
        boolean tight = list.items().stream().allMatch(BlockWriter::fitsTight);
        List<String> lines = new ArrayList<>();
        int number = list.start();
        for (ListItem item : list.items()) {
            if (!lines.isEmpty() && !tight) {
                lines.add("");
            }
            String marker = list.ordered() ? number++ + (otherMarker ? ")" : ".") : otherMarker ? "*" : "-";
            lines.addAll(item(item, item.isTask() ? marker + (item.task() == TaskState.CHECKED ? " [x]" : " [ ]")
                    : marker, marker.length(), tight));
        }
        return lines;
    }

    /** Whether an item can be written without blank lines: one block, or a paragraph and a sub-list. */
    private static boolean fitsTight(ListItem item) {
        List<Block> blocks = item.blocks();
        return blocks.size() == 1 || blocks.size() == 2 && blocks.get(0) instanceof Paragraph
                && blocks.get(1) instanceof ListBlock sub && (!sub.ordered() || sub.start() == 1);
    }

    /** An item's lines: the first after its marker (with a task box), the others indented past the marker. */
    private static List<String> item(ListItem item, String marker, int markerWidth, boolean tight) {
        String indent = " ".repeat(markerWidth + 1);
        List<String> lines = new ArrayList<>();
        for (String line : tight ? tightLines(item.blocks()) : blocks(item.blocks())) {
            lines.add(lines.isEmpty() ? marker + " " + line : line.isEmpty() ? "" : indent + line);
        }
        return lines;
    }

    private static List<String> tightLines(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            lines.addAll(block(block));
        }
        return lines;
    }

    private static List<String> quoted(List<String> lines) {
        return lines.stream().map(line -> line.isEmpty() ? ">" : "> " + line).toList();
    }

    private static String figure(Figure figure) {
        StringBuilder out = new StringBuilder("![").append(InlineWriter.escape(figure.alt())).append("](")
                .append(ImageFiles.path(figure.image()));
        String caption = PlainText.of(figure.caption()).replaceAll("\\s+", " ").strip();
        if (!caption.isEmpty()) {
            out.append(' ').append(InlineWriter.title(caption));
        }
        return out.append(')').toString();
    }
}
