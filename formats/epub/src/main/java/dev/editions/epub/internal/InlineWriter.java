package dev.editions.epub.internal;

import dev.editions.text.WritingDirection;
import dev.editions.model.Abbreviation;
import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.InlineImage;
import dev.editions.model.Keyboard;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.Strikethrough;
import dev.editions.model.NoteReference;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import java.util.List;

/**
 * Writes inline content as XHTML phrasing content: emphasis, code, links, abbreviations (spelled out
 * on first use), language spans, struck text ({@code del}), superscript, subscript, keys
 * ({@code kbd}), pictures ({@code img}), line breaks and note references, with page-break markers where pages start.
 */
final class InlineWriter {
    private final Markup out;
    private final PageCursor cursor;
    private final AbbreviationExpansions expansions;
    private final LinkTargets links;
    private final String documentDirection;
    private final NotePlaces notes;
    private final String file;
    private final Images images;

    InlineWriter(Markup out, PageCursor cursor, AbbreviationExpansions expansions, LinkTargets links,
            String documentLanguage, NotePlaces notes, String file, Images images) {
        this.out = out;
        this.images = images;
        this.notes = notes;
        this.file = file;
        this.cursor = cursor;
        this.expansions = expansions;
        this.links = links;
        this.documentDirection = WritingDirection.ofLanguage(documentLanguage).html();
    }

    void write(List<Inline> inlines) {
        for (Inline inline : inlines) {
            write(inline);
        }
    }

    private void write(Inline inline) {
        switch (inline) {
            case Text t -> {
                expansions.seeText(t.text());
                cursor.text(t.text());
            }
            case Code c -> {
                out.open("code", "class", c.math() ? "math" : null);
                cursor.text(c.code());
                out.close();
            }
            case Emphasis e -> wrap("em", e.content());
            case Strong s -> wrap("strong", s.content());
            case Strikethrough s -> wrap("del", s.content());
            case Superscript s -> wrap("sup", s.content());
            case Subscript s -> wrap("sub", s.content());
            case Keyboard k -> {
                out.open("kbd");
                cursor.text(k.keys());
                out.close();
            }
            case Link l -> {
                out.open("a", "href", links.href(l.target()), "title", l.title());
                write(l.content());
                out.close();
            }
            case LanguageSpan s -> {
                String direction = WritingDirection.ofLanguage(s.language()).html();
                out.open("span", "lang", s.language(), "xml:lang", s.language(),
                        "dir", direction.equals(documentDirection) ? null : direction);
                write(s.content());
                out.close();
            }
            case Abbreviation a -> abbreviation(a);
            case LineBreak b -> {
                cursor.unit("\n");
                out.empty("br");
            }
            case NoteReference n -> noteReference(n);
            case InlineImage i -> image(i);
        }
    }

    /** A picture in the line; its alt text counts as the text it stands for. */
    private void image(InlineImage image) {
        cursor.unit(image.alt());
        out.empty("img", "src", images.path(image.image()), "alt", image.alt(),
                "role", image.decorative() ? "presentation" : null,
                "width", Integer.toString(image.image().width()), "height", Integer.toString(image.image().height()));
    }

    /** A note reference: the note's number, raised, linking to the note (a mark, not counted as text). */
    private void noteReference(NoteReference reference) {
        out.open("sup");
        out.open("a", "epub:type", "noteref", "role", "doc-noteref", "href", notes.href(reference.id(), file),
                "id", notes.claimReference(reference.id()));
        out.text(Integer.toString(notes.number(reference.id())));
        out.close();
        out.close();
    }

    private void wrap(String element, List<Inline> content) {
        out.open(element);
        write(content);
        out.close();
    }

    private void abbreviation(Abbreviation abbreviation) {
        cursor.unit(abbreviation.shortForm());
        if (expansions.expandHere(abbreviation)) {
            out.text(abbreviation.longForm() + " (");
            out.element("abbr", abbreviation.shortForm(), "title", abbreviation.longForm());
            out.text(")");
        } else {
            out.element("abbr", abbreviation.shortForm(), "title", abbreviation.longForm());
        }
    }
}
