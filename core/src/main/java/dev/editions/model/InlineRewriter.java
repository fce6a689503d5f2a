package dev.editions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds a document's blocks with every inline, however deeply nested, replaced by what one
 * function makes of it. Nested inlines are rewritten first, so the function sees a container with
 * its content already rewritten. The function may return several inlines (e.g. a link's content in
 * place of the link) or none; a sequence it would empty is kept as it was, as containers need
 * content. Code blocks and pictures are left as they are.
 */
public final class InlineRewriter {
    private final Function<Inline, List<Inline>> rewrite;

    /** A rewriter applying {@code rewrite} to each inline. */
    public InlineRewriter(Function<Inline, List<Inline>> rewrite) {
        this.rewrite = rewrite;
    }

    /** {@code blocks} with their inlines rewritten. */
    public List<Block> blocks(List<Block> blocks) {
        List<Block> rewritten = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            rewritten.add(block(block));
        }
        return rewritten;
    }

    /** {@code document} with the inlines of its blocks and of its notes rewritten. */
    public Document document(Document document) {
        List<Note> notes = document.notes().stream().map(note -> new Note(note.id(), blocks(note.blocks()))).toList();
        return document.withContent(blocks(document.blocks()), notes);
    }

    private Block block(Block block) {
        return switch (block) {
            case Heading heading -> heading.withContent(inlines(heading.content()));
            case Paragraph paragraph -> new Paragraph(inlines(paragraph.content()));
            case ListBlock list -> new ListBlock(list.ordered(), list.start(),
                    list.items().stream().map(item -> new ListItem(blocks(item.blocks()), item.task())).toList());
            case Quote quote -> new Quote(blocks(quote.blocks()));
            case Table table -> new Table(inlines(table.caption()), table.alignments(), rows(table.header()),
                    rows(table.body()));
            case Figure figure -> new Figure(figure.image(), figure.alt(), inlines(figure.caption()),
                    figure.decorative());
            case CodeBlock code -> code;
            case Break rule -> rule;
            case DefinitionList list -> new DefinitionList(list.definitions().stream()
                    .map(definition -> new Definition(inlines(definition.term()),
                            definition.details().stream().map(this::blocks).toList()))
                    .toList());
            case Admonition admonition -> new Admonition(admonition.type(), inlines(admonition.title()),
                    blocks(admonition.blocks()));
        };
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
        return rows.stream().map(row -> new Table.Row(
                row.cells().stream().map(cell -> new Table.Cell(inlines(cell.content()))).toList())).toList();
    }

    /** {@code inlines} rewritten one by one, or {@code inlines} itself when that would empty them. */
    public List<Inline> inlines(List<Inline> inlines) {
        List<Inline> rewritten = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            rewritten.addAll(rewrite.apply(rebuilt(inline)));
        }
        return rewritten.isEmpty() ? inlines : rewritten;
    }

    /** {@code inline} with its own content rewritten. */
    private Inline rebuilt(Inline inline) {
        return switch (inline) {
            case Emphasis emphasis -> new Emphasis(inlines(emphasis.content()));
            case Strong strong -> new Strong(inlines(strong.content()));
            case Link link -> new Link(link.target(), link.title(), inlines(link.content()));
            case LanguageSpan span -> new LanguageSpan(span.language(), inlines(span.content()));
            case Strikethrough struck -> new Strikethrough(inlines(struck.content()));
            case Superscript raised -> new Superscript(inlines(raised.content()));
            case Subscript lowered -> new Subscript(inlines(lowered.content()));
            case Text text -> text;
            case Keyboard keys -> keys;
            case Code code -> code;
            case Abbreviation abbreviation -> abbreviation;
            case LineBreak lineBreak -> lineBreak;
            case NoteReference reference -> reference;
            case InlineImage image -> image;
        };
    }
}
