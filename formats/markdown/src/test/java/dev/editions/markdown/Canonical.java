package dev.editions.markdown;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Glossary;
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
import dev.editions.model.Text;
import dev.editions.write.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document in the form Markdown gives it, which is what reading a Markdown edition returns: adjacent
 * texts are one text, every glossary short form in text is an abbreviation use (Markdown abbreviation
 * definitions apply to the whole document), and figure captions are plain text (an image title).
 */
final class Canonical {
    private final Glossary glossary;
    private final Pattern shortForms;

    private Canonical(Glossary glossary) {
        this.glossary = glossary;
        List<String> keys = new ArrayList<>(glossary.entries().keySet());
        keys.sort(Comparator.reverseOrder());
        StringBuilder alternatives = new StringBuilder();
        for (String key : keys) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append("\\b").append(Pattern.quote(key)).append("\\b");
        }
        this.shortForms = keys.isEmpty() ? null : Pattern.compile(alternatives.toString());
    }

    static Document of(Document document) {
        Canonical canonical = new Canonical(document.glossary());
        return document.withBlocks(canonical.blocks(document.blocks()));
    }

    private List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(this::block).toList();
    }

    private Block block(Block block) {
        return switch (block) {
            case Heading h -> new Heading(h.level(), inlines(h.content()));
            case Paragraph p -> new Paragraph(inlines(p.content()));
            case ListBlock l -> new ListBlock(l.ordered(), l.start(),
                    l.items().stream().map(i -> new ListItem(blocks(i.blocks()))).toList());
            case Quote q -> new Quote(blocks(q.blocks()));
            case Table t -> new Table(inlines(t.caption()), t.alignments(), rows(t.header()), rows(t.body()));
            case Figure f -> new Figure(f.image(), f.alt(),
                    f.caption().isEmpty() ? List.of() : List.of(new Text(PlainText.of(f.caption()))), f.decorative());
            default -> block;
        };
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
        return rows.stream().map(r -> new Table.Row(r.cells().stream().map(c -> new Table.Cell(inlines(c.content())))
                .toList())).toList();
    }

    private List<Inline> inlines(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline next = switch (inline) {
                case Emphasis e -> new Emphasis(inlines(e.content()));
                case Strong s -> new Strong(inlines(s.content()));
                case Link l -> new Link(l.target(), l.title(), inlines(l.content()));
                case LanguageSpan s -> new LanguageSpan(s.language(), inlines(s.content()));
                default -> inline;
            };
            if (next instanceof Text t && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Text last) {
                merged.set(merged.size() - 1, new Text(last.text() + t.text()));
            } else {
                merged.add(next);
            }
        }
        List<Inline> out = new ArrayList<>();
        for (Inline inline : merged) {
            if (inline instanceof Text text && shortForms != null) {
                abbreviate(text.text(), out);
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private void abbreviate(String text, List<Inline> out) {
        Matcher matcher = shortForms.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                out.add(new Text(text.substring(at, matcher.start())));
            }
            out.add(new Abbreviation(matcher.group(), glossary.longForm(matcher.group()).orElseThrow()));
            at = matcher.end();
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
    }
}
