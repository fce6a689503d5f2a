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
import java.util.Optional;

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
        Collected out = new Collected();
        out.inlines(inlines);
        return out.text.toString();
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
        Collected out = new Collected();
        out.block(block);
        return out.text.toString();
    }

    /** The text of a note: its blocks, separated by a newline. */
    public static String of(Note note) {
        Collected out = new Collected();
        out.blocks(note.blocks());
        return out.text.toString();
    }

    /**
     * The direction of {@code block}'s text by its first strong character, as
     * {@link WritingDirection#ofText} finds it in {@link #of(Block)}, without making that text: the
     * walk stops at the first strong character.
     */
    public static Optional<WritingDirection> direction(Block block) {
        FirstStrong out = new FirstStrong();
        out.block(block);
        return Optional.ofNullable(out.found);
    }

    /** The direction of {@code inlines}' text by its first strong character, as {@link #direction(Block)}. */
    public static Optional<WritingDirection> direction(List<Inline> inlines) {
        FirstStrong out = new FirstStrong();
        out.inlines(inlines);
        return Optional.ofNullable(out.found);
    }

    /** A walk through the text of model nodes in reading order, handing each piece to {@link #text}. */
    private abstract static class Walk {
        /** Takes the next piece of text. */
        abstract void text(CharSequence piece);

        /** Marks the start of a child block or a block's part (a newline unless one ends the text). */
        abstract void separate();

        /** Whether the walk has what it wants and may stop. */
        abstract boolean done();

        final void block(Block block) {
            switch (block) {
                case Heading h -> inlines(h.content());
                case Paragraph p -> inlines(p.content());
                case ListBlock l -> {
                    for (ListItem item : l.items()) {
                        blocks(item.blocks());
                    }
                }
                case Quote q -> blocks(q.blocks());
                case Table t -> {
                    part(t.caption());
                    for (Table.Row row : t.header()) {
                        row(row);
                    }
                    for (Table.Row row : t.body()) {
                        row(row);
                    }
                }
                case Figure f -> part(f.caption());
                case CodeBlock c -> text(c.text());
                case Break b -> {
                    // A break has no text.
                }
                case DefinitionList d -> {
                    for (Definition definition : d.definitions()) {
                        part(definition.term());
                        definition.details().forEach(this::blocks);
                    }
                }
                case Admonition a -> {
                    part(a.heading());
                    blocks(a.blocks());
                }
            }
        }

        final void blocks(List<Block> blocks) {
            for (int i = 0; i < blocks.size() && !done(); i++) {
                separate();
                block(blocks.get(i));
            }
        }

        private void row(Table.Row row) {
            for (int i = 0; i < row.cells().size() && !done(); i++) {
                part(row.cells().get(i).content());
            }
        }

        private void part(List<Inline> inlines) {
            if (!inlines.isEmpty() && !done()) {
                separate();
                inlines(inlines);
            }
        }

        final void inlines(List<Inline> inlines) {
            for (int i = 0; i < inlines.size() && !done(); i++) {
                switch (inlines.get(i)) {
                    case Text t -> text(t.text());
                    case Code c -> text(c.code());
                    case Emphasis e -> inlines(e.content());
                    case Strong s -> inlines(s.content());
                    case Link l -> inlines(l.content());
                    case LanguageSpan s -> inlines(s.content());
                    case Strikethrough s -> inlines(s.content());
                    case Superscript s -> inlines(s.content());
                    case Subscript s -> inlines(s.content());
                    case Keyboard k -> text(k.keys());
                    case Abbreviation a -> text(a.shortForm());
                    case LineBreak b -> text("\n");
                    // A picture in a line reads as its alternative text, so word counts and offsets
                    // match what a screen reader says; a decorative picture adds nothing.
                    case InlineImage image -> text(image.alt());
                    case NoteReference n -> {
                        // A mark: the note's own text is read after the body (see #of(Note)).
                    }
                }
            }
        }
    }

    /** Collects the whole text. */
    private static final class Collected extends Walk {
        private final StringBuilder text = new StringBuilder();

        @Override
        void text(CharSequence piece) {
            text.append(piece);
        }

        @Override
        void separate() {
            if (PlainOffsets.needsSeparator(text)) {
                text.append('\n');
            }
        }

        @Override
        boolean done() {
            return false;
        }
    }

    /** Stops at the first strong character and keeps its direction. */
    private static final class FirstStrong extends Walk {
        private WritingDirection found;

        @Override
        void text(CharSequence piece) {
            if (found == null) {
                found = WritingDirection.ofText(piece).orElse(null);
            }
        }

        @Override
        void separate() {
            // A newline is not a strong character.
        }

        @Override
        boolean done() {
            return found != null;
        }
    }
}
