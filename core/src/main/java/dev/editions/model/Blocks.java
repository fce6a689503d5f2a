package dev.editions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a document's blocks and inlines in reading order, nested ones included, so code that only
 * looks for some node types (pictures, abbreviations, headings) needs no switch of its own. The walk
 * is the one place that knows which node holds which children.
 */
public final class Blocks {
    private Blocks() {
    }

    /** The blocks directly inside {@code block}: list items' blocks, quoted blocks,
     * definitions' blocks and an admonition's blocks; none for the others. */
    public static List<Block> children(Block block) {
        return switch (block) {
            case ListBlock l -> l.items().stream().flatMap(item -> item.blocks().stream()).toList();
            case Quote q -> q.blocks();
            case DefinitionList d -> d.definitions().stream()
                    .flatMap(definition -> definition.details().stream())
                    .flatMap(List::stream)
                    .toList();
            case Admonition a -> a.blocks();
            case Heading h -> List.of();
            case Paragraph p -> List.of();
            case Table t -> List.of();
            case Figure f -> List.of();
            case CodeBlock c -> List.of();
            case Break b -> List.of();
        };
    }

    /**
     * The inline sequences {@code block} holds itself, in reading order: a heading's or paragraph's
     * content, a table's caption and cells, a figure's caption, a definition list's terms, an admonition's title; a code block holds text, not inlines.
     */
    public static List<List<Inline>> inlines(Block block) {
        return switch (block) {
            case Heading h -> List.of(h.content());
            case Paragraph p -> List.of(p.content());
            case Table t -> {
                List<List<Inline>> parts = new ArrayList<>();
                parts.add(t.caption());
                t.header().forEach(row -> row.cells().forEach(cell -> parts.add(cell.content())));
                t.body().forEach(row -> row.cells().forEach(cell -> parts.add(cell.content())));
                yield parts;
            }
            case Figure f -> List.of(f.caption());
            case DefinitionList d -> d.definitions().stream().map(Definition::term).toList();
            case Admonition a -> List.of(a.title());
            case ListBlock l -> List.of();
            case Quote q -> List.of();
            case CodeBlock c -> List.of();
            case Break b -> List.of();
        };
    }

    /** The inlines directly inside {@code inline}: the content of emphasis, strong,
     * struck, raised and lowered text, links and spans. */
    public static List<Inline> children(Inline inline) {
        return switch (inline) {
            case Emphasis e -> e.content();
            case Strong s -> s.content();
            case Link l -> l.content();
            case LanguageSpan s -> s.content();
            case Strikethrough s -> s.content();
            case Superscript s -> s.content();
            case Subscript s -> s.content();
            case Text t -> List.of();
            case Keyboard k -> List.of();
            case Code c -> List.of();
            case Abbreviation a -> List.of();
            case LineBreak b -> List.of();
            case NoteReference n -> List.of();
            case InlineImage i -> List.of();
        };
    }

    /** The document's blocks in reading order: the body's, then each note's. */
    public static List<Block> withNotes(Document document) {
        if (document.notes().isEmpty()) {
            return document.blocks();
        }
        List<Block> all = new ArrayList<>(document.blocks());
        document.notes().forEach(note -> all.addAll(note.blocks()));
        return all;
    }

    /** Calls {@code visit} on every block, each before the blocks inside it. */
    public static void forEachBlock(List<Block> blocks, Consumer<Block> visit) {
        for (Block block : blocks) {
            visit.accept(block);
            forEachBlock(children(block), visit);
        }
    }

    /** Calls {@code visit} on every inline of every block, each before the inlines inside it. */
    public static void forEachInline(List<Block> blocks, Consumer<Inline> visit) {
        forEachBlock(blocks, block -> inlines(block).forEach(part -> forEachInline(part, visit)));
    }

    private static void forEachInline(Iterable<Inline> inlines, Consumer<Inline> visit) {
        for (Inline inline : inlines) {
            visit.accept(inline);
            forEachInline(children(inline), visit);
        }
    }

    /** Calls {@code visit} on every picture, of figures and inside lines of text, in reading order. */
    public static void forEachImage(List<Block> blocks, Consumer<Image> visit) {
        forEachBlock(blocks, block -> {
            if (block instanceof Figure figure) {
                visit.accept(figure.image());
            }
            inlines(block).forEach(part -> forEachInline(part, inline -> {
                if (inline instanceof InlineImage image) {
                    visit.accept(image.image());
                }
            }));
        });
    }
}
