package dev.editions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a document's blocks with every inline, however deeply nested, replaced by what one
 * function makes of it. Nested inlines are rewritten first, so the function sees a container with
 * its content already rewritten. The function may return several inlines (e.g. a link's content in
 * place of the link) or none; a sequence it would empty is kept as it was, as containers need
 * content. Code blocks and pictures are left as they are. What the function leaves as it was (the
 * same objects) is kept, not copied, so a rewrite that changes little costs little.
 */
public final class InlineRewriter {
    private final Function<Inline, List<Inline>> rewrite;

    /** A rewriter applying {@code rewrite} to each inline. */
    public InlineRewriter(Function<Inline, List<Inline>> rewrite) {
        this.rewrite = rewrite;
    }

    /** {@code blocks} with their inlines rewritten ({@code blocks} itself when none changed). */
    public List<Block> blocks(List<Block> blocks) {
        return each(blocks, this::block);
    }

    /** {@code document} with the inlines of its blocks and notes rewritten ({@code document} when none changed). */
    public Document document(Document document) {
        List<Note> notes = each(document.notes(), note -> {
            List<Block> blocks = blocks(note.blocks());
            return blocks == note.blocks() ? note : new Note(note.id(), blocks);
        });
        List<Block> blocks = blocks(document.blocks());
        return blocks == document.blocks() && notes == document.notes() ? document : document.withContent(blocks, notes);
    }

    /** {@code items} each rewritten by {@code rewrite}: {@code items} itself when every one came back the same. */
    private static <T> List<T> each(List<T> items, UnaryOperator<T> rewrite) {
        List<T> rewritten = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T result = rewrite.apply(item);
            if (rewritten == null && result != item) {
                rewritten = new ArrayList<>(items.size());
                rewritten.addAll(items.subList(0, i));
            }
            if (rewritten != null) {
                rewritten.add(result);
            }
        }
        return rewritten == null ? items : rewritten;
    }

    private Block block(Block block) {
        return switch (block) {
            case Heading heading -> {
                List<Inline> content = inlines(heading.content());
                yield content == heading.content() ? heading : heading.withContent(content);
            }
            case Paragraph paragraph -> {
                List<Inline> content = inlines(paragraph.content());
                yield content == paragraph.content() ? paragraph : new Paragraph(content);
            }
            case ListBlock list -> {
                List<ListItem> items = each(list.items(), item -> {
                    List<Block> blocks = blocks(item.blocks());
                    return blocks == item.blocks() ? item : new ListItem(blocks, item.task());
                });
                yield items == list.items() ? list : new ListBlock(list.ordered(), list.start(), items);
            }
            case Quote quote -> {
                List<Block> blocks = blocks(quote.blocks());
                yield blocks == quote.blocks() ? quote : new Quote(blocks);
            }
            case Table table -> {
                List<Inline> caption = inlines(table.caption());
                List<Table.Row> header = rows(table.header());
                List<Table.Row> body = rows(table.body());
                yield caption == table.caption() && header == table.header() && body == table.body() ? table
                        : new Table(caption, table.alignments(), header, body);
            }
            case Figure figure -> {
                List<Inline> caption = inlines(figure.caption());
                yield caption == figure.caption() ? figure
                        : new Figure(figure.image(), figure.alt(), caption, figure.decorative());
            }
            case CodeBlock code -> code;
            case Break rule -> rule;
            case DefinitionList list -> {
                List<Definition> definitions = each(list.definitions(), definition -> {
                    List<Inline> term = inlines(definition.term());
                    List<List<Block>> details = each(definition.details(), this::blocks);
                    return term == definition.term() && details == definition.details() ? definition
                            : new Definition(term, details);
                });
                yield definitions == list.definitions() ? list : new DefinitionList(definitions);
            }
            case Admonition admonition -> {
                List<Inline> title = inlines(admonition.title());
                List<Block> blocks = blocks(admonition.blocks());
                yield title == admonition.title() && blocks == admonition.blocks() ? admonition
                        : new Admonition(admonition.type(), title, blocks);
            }
        };
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
        return each(rows, row -> {
            List<Table.Cell> cells = each(row.cells(), cell -> {
                List<Inline> content = inlines(cell.content());
                return content == cell.content() ? cell : new Table.Cell(content);
            });
            return cells == row.cells() ? row : new Table.Row(cells);
        });
    }

    /**
     * {@code inlines} rewritten one by one, or {@code inlines} itself when that would empty them or when
     * every inline came back as it was.
     */
    public List<Inline> inlines(List<Inline> inlines) {
        List<Inline> rewritten = null;
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            List<Inline> result = rewrite.apply(rebuilt(inline));
            if (rewritten == null && (result.size() != 1 || result.get(0) != inline)) {
                rewritten = new ArrayList<>(inlines.size());
                rewritten.addAll(inlines.subList(0, i));
            }
            if (rewritten != null) {
                rewritten.addAll(result);
            }
        }
        return rewritten == null || rewritten.isEmpty() ? inlines : rewritten;
    }

    /** {@code inline} with its own content rewritten ({@code inline} itself when that content came back the same). */
    private Inline rebuilt(Inline inline) {
        return switch (inline) {
            case Emphasis emphasis -> same(emphasis.content(), inline, Emphasis::new);
            case Strong strong -> same(strong.content(), inline, Strong::new);
            case Link link -> same(link.content(), inline, content -> new Link(link.target(), link.title(), content));
            case LanguageSpan span -> same(span.content(), inline, content -> new LanguageSpan(span.language(), content));
            case Strikethrough struck -> same(struck.content(), inline, Strikethrough::new);
            case Superscript raised -> same(raised.content(), inline, Superscript::new);
            case Subscript lowered -> same(lowered.content(), inline, Subscript::new);
            case Text text -> text;
            case Keyboard keys -> keys;
            case Code code -> code;
            case Abbreviation abbreviation -> abbreviation;
            case LineBreak lineBreak -> lineBreak;
            case NoteReference reference -> reference;
            case InlineImage image -> image;
        };
    }

    /** {@code inline} when its {@code content} rewrites to itself, else a copy made by {@code copy}. */
    private Inline same(List<Inline> content, Inline inline, Function<List<Inline>, Inline> copy) {
        List<Inline> rewritten = inlines(content);
        return rewritten == content ? inline : copy.apply(rewritten);
    }
}
