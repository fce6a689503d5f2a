package dev.editions.normalise;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites every text run of a document's blocks, however deeply nested, with one function. A run
 * the function empties is dropped, unless that would empty its container. Code is left as it is.
 */
final class TextMapper {
    private final UnaryOperator<String> function;

    TextMapper(UnaryOperator<String> function) {
        this.function = function;
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> mapped = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            mapped.add(block(block));
        }
        return mapped;
    }

    private Block block(Block block) {
        return switch (block) {
            case Heading heading -> new Heading(heading.level(), inlines(heading.content()));
            case Paragraph paragraph -> new Paragraph(inlines(paragraph.content()));
            case ListBlock list -> new ListBlock(list.ordered(), list.start(),
                    list.items().stream().map(item -> new ListItem(blocks(item.blocks()))).toList());
            case Quote quote -> new Quote(blocks(quote.blocks()));
            case Table table -> new Table(inlines(table.caption()), table.alignments(), rows(table.header()),
                    rows(table.body()));
            case Figure figure -> new Figure(figure.image(), figure.alt(), inlines(figure.caption()), figure.decorative());
            case CodeBlock code -> code;
            case Break rule -> rule;
        };
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
        return rows.stream().map(row -> new Table.Row(
                row.cells().stream().map(cell -> new Table.Cell(inlines(cell.content()))).toList())).toList();
    }

    private List<Inline> inlines(List<Inline> inlines) {
        List<Inline> mapped = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            Inline result = inline(inline);
            if (result != null) {
                mapped.add(result);
            }
        }
        return mapped.isEmpty() ? inlines : mapped;
    }

    private Inline inline(Inline inline) {
        return switch (inline) {
            case Text text -> {
                String result = function.apply(text.text());
                yield result.isEmpty() ? null : new Text(result);
            }
            case Emphasis emphasis -> new Emphasis(inlines(emphasis.content()));
            case Strong strong -> new Strong(inlines(strong.content()));
            case Link link -> new Link(link.target(), link.title(), inlines(link.content()));
            case LanguageSpan span -> new LanguageSpan(span.language(), inlines(span.content()));
            case Code code -> code;
            case Abbreviation abbreviation -> abbreviation;
            case LineBreak lineBreak -> lineBreak;
        };
    }
}
