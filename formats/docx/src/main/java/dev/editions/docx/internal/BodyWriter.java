package dev.editions.docx.internal;

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
import dev.editions.text.Outline;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the body blocks in reading order: headings with bookmarks, paragraphs, real numbered and
 * bulleted lists (a task item's text after its box, ☐ or ☑), quotes, tables, figures, preformatted
 * code, definition lists (a bold term paragraph, indented definitions) and admonitions (a bordered
 * box: a bold title paragraph, then the content). Spacing comes from the styles only, so no paragraph
 * is ever empty; a thematic break becomes a rule above the next paragraph.
 */
final class BodyWriter {
    private static final int LIST_INDENT_TWIPS = 720;

    private final WordXml xml;
    private final RunWriter runs;
    private final ListNumbering numbering;
    private final TableWriter tables;
    private final FigureWriter figures;
    private final Outline outline;
    private final Bookmarks bookmarks;
    private final int shift;
    private boolean ruleBeforeNext;

    BodyWriter(RunWriter runs, ListNumbering numbering, TableWriter tables, FigureWriter figures,
            Outline outline, Bookmarks bookmarks) {
        this.xml = runs.xml();
        this.runs = runs;
        this.numbering = numbering;
        this.tables = tables;
        this.figures = figures;
        this.outline = outline;
        this.bookmarks = bookmarks;
        this.shift = shift(outline);
    }

    /**
     * How many levels headings move up so the document's top level is heading 1 (the title has its
     * own style and is not a heading), e.g. 1 when the highest heading is level 2.
     */
    static int shift(Outline outline) {
        return outline.entries().stream().mapToInt(Outline.Entry::level).min().orElse(1) - 1;
    }

    /** Writes the document's top-level blocks. */
    void write(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading heading) {
                String name = outline.at(i).map(e -> bookmarks.heading(e.id())).orElse(null);
                heading(heading, name);
            } else {
                block(block, null);
            }
        }
    }

    private void block(Block block, String style) {
        switch (block) {
            case Heading h -> heading(h, null);
            case Paragraph p -> paragraph(format(style), p.content());
            case ListBlock l -> list(l, numbering.start(l), 0);
            case Quote q -> q.blocks().forEach(b -> block(b, StyleIds.QUOTE));
            case Table t -> tables.write(t, t.caption().isEmpty() ? null : format(StyleIds.CAPTION));
            case Figure f -> figures.write(f, format(StyleIds.FIGURE), f.caption().isEmpty() ? null
                    : format(StyleIds.CAPTION), runs);
            case CodeBlock c -> write(format(StyleIds.PREFORMATTED), x -> CodeWriter.write(x, c));
            case Break b -> ruleBeforeNext = true;
            case DefinitionList d -> d.definitions().forEach(definition -> {
                paragraph(format(StyleIds.DEFINITION_TERM), definition.term());
                definition.details().forEach(detail -> detail.forEach(b -> block(b, StyleIds.DEFINITION)));
            });
            case Admonition a -> {
                paragraph(format(StyleIds.ADMONITION_TITLE), a.heading());
                a.blocks().forEach(b -> block(b, StyleIds.ADMONITION));
            }
        }
    }

    private void heading(Heading heading, String bookmark) {
        ParagraphFormat format = format(StyleIds.heading(Math.max(1, heading.level() - shift)));
        if (bookmark == null) {
            paragraph(format, heading.content());
            return;
        }
        write(format, x -> {
            long id = Paragraphs.startBookmark(x, bookmarks, bookmark);
            runs.write(heading.content());
            Paragraphs.endBookmark(x, id);
        });
    }

    private void list(ListBlock list, long numId, int level) {
        for (ListItem item : list.items()) {
            boolean marked = false;
            boolean first = true;
            if (!item.blocks().isEmpty() && !(item.blocks().get(0) instanceof Paragraph)) {
                write(numbered(numId, level), x -> { });
                marked = true;
            }
            for (Block block : item.blocks()) {
                if (block instanceof ListBlock nested) {
                    list(nested, numId, Math.min(level + 1, ListNumbering.MAX_LEVEL));
                } else if (block instanceof Paragraph paragraph) {
                    ParagraphFormat format = marked
                            ? format(StyleIds.LIST_PARAGRAPH).indent((level + 1L) * LIST_INDENT_TWIPS)
                            : numbered(numId, level);
                    boolean task = first && item.isTask();
                    write(format, x -> {
                        if (task) {
                            RunWriter.plain(x, item.task().box() + " ");
                        }
                        runs.write(paragraph.content());
                    });
                } else {
                    block(block, null);
                }
                marked = true;
                first = false;
            }
        }
    }

    /**
     * A list paragraph carrying the number or bullet of an item at {@code level}; an item that starts
     * with another block (a nested list, a quote, a table) gets one of its own, so it is still counted.
     */
    private ParagraphFormat numbered(long numId, int level) {
        return format(StyleIds.LIST_PARAGRAPH).numbered(numId, level);
    }

    private void paragraph(ParagraphFormat format, List<dev.editions.model.Inline> content) {
        write(format, x -> runs.write(content));
    }

    private void write(ParagraphFormat format, Consumer<WordXml> content) {
        format.open(xml);
        content.accept(xml);
        ParagraphFormat.close(xml);
    }

    /**
     * The next body paragraph's format, of {@code style} ({@code null} for Normal), with the rule of a
     * pending thematic break above it.
     */
    ParagraphFormat format(String style) {
        ParagraphFormat format = ParagraphFormat.of(style);
        if (ruleBeforeNext) {
            format.ruleAbove();
            ruleBeforeNext = false;
        }
        return format;
    }
}
