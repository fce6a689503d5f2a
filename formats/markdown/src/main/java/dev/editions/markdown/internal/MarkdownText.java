package dev.editions.markdown.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole text of a Markdown edition: YAML front matter, the blocks, then one abbreviation
 * definition ({@code *[SF]: Long form}) per glossary entry and per abbreviation used but not in the
 * glossary. Lines end in LF, blocks are separated by one blank line, no line ends in white space, and
 * the text ends with one line end.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** The edition text of {@code document}. */
    public static String of(Document document) {
        List<String> lines = new ArrayList<>(FrontMatterWriter.lines(document.metadata()));
        List<String> body = BlockWriter.blocks(document.blocks());
        if (!body.isEmpty()) {
            lines.add("");
            lines.addAll(body);
        }
        Map<String, String> definitions = definitions(document);
        if (!definitions.isEmpty()) {
            lines.add("");
            definitions.forEach((shortForm, longForm) -> lines.add("*[" + shortForm + "]: "
                    + InlineWriter.escape(longForm)));
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> definitions(Document document) {
        Map<String, String> definitions = new LinkedHashMap<>(document.glossary().entries());
        collect(document.blocks(), definitions);
        return definitions;
    }

    private static void collect(List<Block> blocks, Map<String, String> definitions) {
        for (Block block : blocks) {
            switch (block) {
                case Heading heading -> collectInlines(heading.content(), definitions);
                case Paragraph paragraph -> collectInlines(paragraph.content(), definitions);
                case ListBlock list -> list.items().stream().map(ListItem::blocks).forEach(b -> collect(b, definitions));
                case Quote quote -> collect(quote.blocks(), definitions);
                case Table table -> {
                    collectInlines(table.caption(), definitions);
                    table.header().forEach(row -> row.cells().forEach(c -> collectInlines(c.content(), definitions)));
                    table.body().forEach(row -> row.cells().forEach(c -> collectInlines(c.content(), definitions)));
                }
                case Figure figure -> collectInlines(figure.caption(), definitions);
                case CodeBlock code -> {
                    // Code defines nothing.
                }
                case Break rule -> {
                    // A break holds no text.
                }
            }
        }
    }

    private static void collectInlines(List<Inline> inlines, Map<String, String> definitions) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Abbreviation abbreviation -> definitions.putIfAbsent(abbreviation.shortForm(), abbreviation.longForm());
                case Emphasis emphasis -> collectInlines(emphasis.content(), definitions);
                case Strong strong -> collectInlines(strong.content(), definitions);
                case Link link -> collectInlines(link.content(), definitions);
                case LanguageSpan span -> collectInlines(span.content(), definitions);
                default -> {
                    // Text, code and line breaks define nothing.
                }
            }
        }
    }
}
