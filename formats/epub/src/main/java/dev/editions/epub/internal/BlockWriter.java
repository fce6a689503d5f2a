package dev.editions.epub.internal;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
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
 * code, thematic breaks, definition lists and admonitions.
 */
final class BlockWriter {
    private final Markup out;
    private final PageCursor cursor;
    private final InlineWriter inlines;
    private final Images images;
    private final int levelShift;
    private int admonitions;

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
            case DefinitionList d -> definitions(d);
            case Admonition a -> admonition(a);
        }
    }

    /** Writes {@code <dl>}: each term a {@code <dt>}, each of its definitions a {@code <dd>}. */
    private void definitions(DefinitionList list) {
        out.open("dl");
        boolean first = true;
        for (Definition definition : list.definitions()) {
            if (!first) {
                cursor.separate();
            }
            first = false;
            phrasing("dt", definition.term());
            for (List<Block> detail : definition.details()) {
                out.open("dd");
                children(detail);
                out.close();
            }
        }
        out.close();
    }

    /**
     * Writes a disclosure as {@code <details open>} with its title as the {@code <summary>}, and any
     * other admonition as a {@code <div role="note">} labelled by its title paragraph. The title is a
     * paragraph, not a heading, so the report's heading outline stays as the author wrote it; and the
     * note is not an {@code <aside>}, which reading systems may treat as secondary content and skip.
     */
    private void admonition(Admonition admonition) {
        String type = admonition.type().name().toLowerCase(java.util.Locale.ROOT);
        if (admonition.type() == Admonition.Type.DETAILS) {
            out.open("details", "class", "admonition " + type, "open", "open");
            phrasing("summary", admonition.heading());
        } else {
            String id = "admonition-" + (++admonitions);
            out.open("div", "class", "admonition " + type, "role", "note", "aria-labelledby", id);
            phrasing("p", admonition.heading(), "class", "admonition-title", "id", id);
        }
        children(admonition.blocks());
        out.close();
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
