package dev.editions.markdown;

import dev.editions.markdown.internal.AbbreviationMarker;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
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
import dev.editions.model.Note;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.NoteNumbers;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document in the form Markdown gives it, which is what reading a Markdown edition returns: adjacent
 * texts are one text, every glossary short form in text is an abbreviation use (Markdown abbreviation
 * definitions apply to the whole document), notes are numbered (their ids 1, 2, …), figure captions
 * are plain text (an image title), and so are disclosure titles (a {@code <summary>}).
 */
final class Canonical {
    private final AbbreviationMarker abbreviations;

    private Canonical(Glossary glossary) {
        this.abbreviations = new AbbreviationMarker(glossary.entries());
    }

    static Document of(Document document) {
        Canonical canonical = new Canonical(document.glossary());
        Document numbered = NoteNumbers.numbered(document);
        return numbered.withContent(canonical.blocks(numbered.blocks()), numbered.notes().stream()
                .map(note -> new Note(note.id(), canonical.blocks(note.blocks()))).toList());
    }

    private List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(this::block).toList();
    }

    private Block block(Block block) {
        return switch (block) {
            case Heading h -> new Heading(h.level(), inlines(h.content()));
            case Paragraph p -> new Paragraph(inlines(p.content()));
            case ListBlock l -> new ListBlock(l.ordered(), l.start(),
                    l.items().stream().map(i -> new ListItem(blocks(i.blocks()), i.task())).toList());
            case Quote q -> new Quote(blocks(q.blocks()));
            case Table t -> new Table(inlines(t.caption()), t.alignments(), rows(t.header()), rows(t.body()));
            case Figure f -> new Figure(f.image(), f.alt(),
                    f.caption().isEmpty() ? List.of() : List.of(new Text(PlainText.of(f.caption()))), f.decorative());
            case DefinitionList d -> new DefinitionList(d.definitions().stream().map(definition -> new Definition(
                    inlines(definition.term()), definition.details().stream().map(this::blocks).toList())).toList());
            case Admonition a -> new Admonition(a.type(), a.type() == Admonition.Type.DETAILS
                    ? plain(a.title()) : inlines(a.title()), blocks(a.blocks()));
            default -> block;
        };
    }

    /** A {@code <details>} summary is plain text. */
    private static List<Inline> plain(List<Inline> title) {
        String text = PlainText.of(title).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? List.of() : List.of(new Text(text));
    }

    /** A link target as a Markdown edition writes it: characters a destination cannot hold percent-encoded. */
    private static String target(String target) {
        StringBuilder out = new StringBuilder();
        target.chars().forEach(c -> out.append(c <= ' ' || c == '<' || c == '>' || c == 0x7F
                ? String.format(Locale.ROOT, "%%%02X", c) : String.valueOf((char) c)));
        return out.toString();
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
                case Link l -> new Link(target(l.target()), l.title(), inlines(l.content()));
                case LanguageSpan s -> new LanguageSpan(s.language(), inlines(s.content()));
                case Strikethrough s -> new Strikethrough(inlines(s.content()));
                case Superscript s -> new Superscript(inlines(s.content()));
                case Subscript s -> new Subscript(inlines(s.content()));
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
            if (inline instanceof Text text) {
                abbreviations.mark(text.text(), out);
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
