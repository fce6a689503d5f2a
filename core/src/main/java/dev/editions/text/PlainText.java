package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.InlineImage;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.util.List;

/**
 * The plain text of model nodes, as a reader would hear it without markup: abbreviations as their
 * short form, line breaks as a newline, pictures in a line as their alternative text, code blocks
 * exactly as written.
 *
 * <p>Page offsets in a {@link dev.editions.write.PageMap} count characters of {@link #of(Block)}, as
 * {@link PlainOffsets} counts them while a writer walks a block.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The text of a list of inlines. */
    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(inlines, out);
        return out.toString();
    }

    /** The text of one inline. */
    public static String of(Inline inline) {
        return of(List.of(inline));
    }

    /**
     * The text of a block. Child blocks (list items, quoted paragraphs, table cells, captions) are
     * separated by a newline.
     */
    public static String of(Block block) {
        StringBuilder out = new StringBuilder();
        append(block, out);
        return out.toString();
    }

    /** The text of a note: its blocks, separated by a newline. */
    public static String of(Note note) {
        StringBuilder out = new StringBuilder();
        appendBlocks(note.blocks(), out);
        return out.toString();
    }

    private static void append(Block block, StringBuilder out) {
        switch (block) {
            case Heading h -> append(h.content(), out);
            case Paragraph p -> append(p.content(), out);
            case ListBlock l -> {
                for (ListItem item : l.items()) {
                    appendBlocks(item.blocks(), out);
                }
            }
            case Quote q -> appendBlocks(q.blocks(), out);
            case Table t -> {
                appendPart(t.caption(), out);
                for (Table.Row row : t.header()) {
                    appendRow(row, out);
                }
                for (Table.Row row : t.body()) {
                    appendRow(row, out);
                }
            }
            case Figure f -> appendPart(f.caption(), out);
            case CodeBlock c -> out.append(c.text());
            case Break b -> {
                // A break has no text.
            }
            case DefinitionList d -> {
                for (Definition definition : d.definitions()) {
                    appendPart(definition.term(), out);
                    definition.details().forEach(detail -> appendBlocks(detail, out));
                }
            }
            case Admonition a -> {
                appendPart(a.heading(), out);
                appendBlocks(a.blocks(), out);
            }
        }
    }

    private static void appendBlocks(List<Block> blocks, StringBuilder out) {
        for (Block child : blocks) {
            separate(out);
            append(child, out);
        }
    }

    private static void appendRow(Table.Row row, StringBuilder out) {
        for (Table.Cell cell : row.cells()) {
            appendPart(cell.content(), out);
        }
    }

    private static void appendPart(List<Inline> inlines, StringBuilder out) {
        if (!inlines.isEmpty()) {
            separate(out);
            append(inlines, out);
        }
    }

    private static void separate(StringBuilder out) {
        if (PlainOffsets.needsSeparator(out)) {
            out.append('\n');
        }
    }

    private static void append(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.append(t.text());
                case Code c -> out.append(c.code());
                case Emphasis e -> append(e.content(), out);
                case Strong s -> append(s.content(), out);
                case Link l -> append(l.content(), out);
                case LanguageSpan s -> append(s.content(), out);
                case Strikethrough s -> append(s.content(), out);
                case Superscript s -> append(s.content(), out);
                case Subscript s -> append(s.content(), out);
                case Keyboard k -> out.append(k.keys());
                case Abbreviation a -> out.append(a.shortForm());
                case LineBreak b -> out.append('\n');
                // A picture in a line reads as its alternative text, so word counts and offsets
                // match what a screen reader says; a decorative picture adds nothing.
                case InlineImage i -> out.append(i.alt());
                case NoteReference n -> {
                    // A mark: the note's own text is read after the body (see #of(Note)).
                }
            }
        }
    }
}
