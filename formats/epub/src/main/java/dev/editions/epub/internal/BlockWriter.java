package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.model.TaskState;
import java.util.List;

/**
 * Writes blocks as XHTML flow content: headings (shifted so that the split level is {@code h1}),
 * paragraphs, lists (task items with a disabled check box), quotes, tables with caption and scoped
 * header cells, figures with alternative text and caption (decorative pictures hidden), preformatted
 * code and thematic breaks.
 */
final class BlockWriter {
    private final Markup out;
    private final PageCursor cursor;
    private final InlineWriter inlines;
    private final Images images;
    private final int levelShift;

    BlockWriter(Markup out, PageCursor cursor, InlineWriter inlines, Images images, int levelShift) {
        this.out = out;
        this.cursor = cursor;
        this.inlines = inlines;
        this.images = images;
        this.levelShift = levelShift;
    }

    /** Writes one block; {@code id} is the anchor of a top-level heading, or null. */
    void write(Block block, String id) {
        switch (block) {
            case Heading h -> {
                out.open("h" + Math.max(1, h.level() - levelShift), "id", id);
                inlines.write(h.content());
                out.close();
            }
            case Paragraph p -> phrasing("p", p.content());
            case ListBlock l -> list(l);
            case Quote q -> {
                out.open("blockquote");
                children(q.blocks());
                out.close();
            }
            case Table t -> table(t);
            case Figure f -> figure(f);
            case CodeBlock c -> code(c);
            case Break b -> out.empty("hr");
        }
    }

    private void phrasing(String element, List<Inline> content, String... attributes) {
        out.open(element, attributes);
        inlines.write(content);
        out.close();
    }

    private void children(List<Block> blocks) {
        for (Block child : blocks) {
            cursor.separate();
            write(child, null);
        }
    }

    private void list(ListBlock list) {
        out.open(list.ordered() ? "ol" : "ul", "start",
                list.ordered() && list.start() != 1 ? Integer.toString(list.start()) : null);
        for (ListItem item : list.items()) {
            if (item.isTask()) {
                task(item);
            } else {
                out.open("li");
                children(item.blocks());
                out.close();
            }
        }
        out.close();
    }

    /**
     * A task item: a disabled check box, ticked when the task is done, whose label is the item's first
     * paragraph, then the item's other blocks.
     */
    private void task(ListItem item) {
        out.open("li", "class", "task");
        cursor.separate();
        out.open("p").open("label");
        out.empty("input", "type", "checkbox", "disabled", "disabled",
                "checked", item.task() == TaskState.CHECKED ? "checked" : null);
        out.text(" ");
        inlines.write(((Paragraph) item.blocks().get(0)).content());
        out.close().close();
        children(item.blocks().subList(1, item.blocks().size()));
        out.close();
    }

    private void table(Table table) {
        out.open("table");
        part("caption", table.caption());
        if (!table.header().isEmpty()) {
            out.open("thead");
            for (Table.Row row : table.header()) {
                row(table, row, true);
            }
            out.close();
        }
        if (!table.body().isEmpty()) {
            out.open("tbody");
            for (Table.Row row : table.body()) {
                row(table, row, false);
            }
            out.close();
        }
        out.close();
    }

    /**
     * Writes a row; without header rows, the first cell of each body row heads its row. An empty
     * cell is a data cell wherever it is, as it labels nothing.
     */
    private void row(Table table, Table.Row row, boolean header) {
        out.open("tr");
        for (int column = 0; column < row.cells().size(); column++) {
            boolean rowHeader = !header && column == 0 && table.header().isEmpty();
            String align = switch (table.alignments().get(column)) {
                case START -> null;
                case CENTER -> "align-center";
                case END -> "align-end";
            };
            Table.Cell cell = row.cells().get(column);
            List<Inline> content = cell.content();
            if ((header || rowHeader) && cell.canHead()) {
                out.open("th", "scope", header ? "col" : "row", "class", align);
            } else {
                out.open("td", "class", align);
            }
            if (!content.isEmpty()) {
                cursor.separate();
                inlines.write(content);
            }
            out.close();
        }
        out.close();
    }

    /** Writes {@code <pre><code>} with the text exactly as it is, its language as a {@code language-} class. */
    private void code(CodeBlock code) {
        out.open("pre");
        out.open("code", "class", code.language().isEmpty() ? null : "language-" + code.language());
        cursor.text(code.text());
        out.close();
        out.close();
    }

    private void figure(Figure figure) {
        boolean captioned = !figure.caption().isEmpty();
        out.open(captioned || !figure.decorative() ? "figure" : "div", "class", figure.decorative() ? "decoration" : null);
        out.empty("img", "src", images.path(figure.image()), "alt", figure.alt(),
                "role", figure.decorative() ? "presentation" : null,
                "width", Integer.toString(figure.image().width()), "height", Integer.toString(figure.image().height()));
        part("figcaption", figure.caption());
        out.close();
    }

    private void part(String element, List<Inline> content) {
        if (!content.isEmpty()) {
            cursor.separate();
            phrasing(element, content);
        }
    }
}
