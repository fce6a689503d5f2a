package dev.editions.benchmarks;

import dev.editions.model.Abbreviation;
import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Image;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same report in Typst markup, so that the comparison script can time Typst's tagged PDF of the
 * very document Editions publishes. Pictures are referred to as files under {@code typst-images/};
 * {@link #pictures()} gives their bytes to write there.
 */
final class TypstMarkup {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, byte[]> pictures = new LinkedHashMap<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private int levelShift;

    private TypstMarkup() {
    }

    /** The markup of {@code document} and the pictures it refers to. */
    static TypstMarkup of(Document document) {
        TypstMarkup markup = new TypstMarkup();
        document.notes().forEach(note -> markup.notes.put(note.id(), note));
        markup.levelShift = document.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .mapToInt(Heading::level).min().orElse(1) - 1;
        markup.preamble(document);
        markup.blocks(document.blocks(), "");
        return markup;
    }

    /** The Typst source. */
    String source() {
        return out.toString();
    }

    /** The pictures, by their path relative to the source. */
    Map<String, byte[]> pictures() {
        return pictures;
    }

    private void preamble(Document document) {
        out.append("#set document(title: ").append(string(document.metadata().title())).append(", author: (")
                .append(String.join(", ", document.metadata().authors().stream().map(TypstMarkup::string).toList()))
                .append(document.metadata().authors().size() == 1 ? "," : "").append("))\n");
        out.append("#set text(lang: ").append(string(primary(document.metadata().language()))).append(")\n");
        out.append("#set page(paper: \"a4\", margin: 25mm, numbering: \"1\")\n");
        out.append("#title()\n\n");
    }

    private void blocks(List<Block> blocks, String indent) {
        for (Block block : blocks) {
            block(block, indent);
        }
    }

    private void block(Block block, String indent) {
        switch (block) {
            case Heading heading -> out.append(indent).append("=".repeat(Math.min(heading.level() - levelShift, 6))).append(' ')
                    .append(inlines(heading.content())).append("\n\n");
            case Paragraph paragraph -> out.append(indent).append(inlines(paragraph.content())).append("\n\n");
            case ListBlock list -> list(list, indent);
            case Quote quote -> {
                out.append(indent).append("#quote(block: true)[\n");
                blocks(quote.blocks(), indent + "  ");
                out.append(indent).append("]\n\n");
            }
            case Table table -> table(table, indent);
            case Figure figure -> figure(figure, indent);
            case CodeBlock code -> out.append(indent).append("#raw(block: true, ").append(string(code.text()))
                    .append(code.language().isEmpty() ? "" : ", lang: " + string(code.language())).append(")\n\n");
            case Break pageBreak -> out.append(indent).append("#pagebreak()\n\n");
            case DefinitionList list -> {
                for (Definition definition : list.definitions()) {
                    out.append(indent).append("/ ").append(inlines(definition.term())).append(": ");
                    definition.details().forEach(details -> details.forEach(detail -> out.append(flat(detail))));
                    out.append('\n');
                }
                out.append('\n');
            }
            case Admonition admonition -> {
                out.append(indent).append("#block(stroke: 0.5pt, inset: 8pt)[*")
                        .append(inlines(admonition.title())).append("*\n\n");
                blocks(admonition.blocks(), indent + "  ");
                out.append(indent).append("]\n\n");
            }
        }
    }

    private void list(ListBlock list, String indent) {
        for (ListItem item : list.items()) {
            out.append(indent).append(list.ordered() ? "+ " : "- ");
            List<Block> blocks = item.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (i == 0 && blocks.get(0) instanceof Paragraph first) {
                    out.append(inlines(first.content())).append('\n');
                } else {
                    if (i == 0) {
                        out.append('\n');
                    }
                    block(blocks.get(i), indent + "  ");
                }
            }
        }
        out.append('\n');
    }

    private void table(Table table, String indent) {
        int columns = table.alignments().size();
        out.append(indent).append("#figure(kind: table, caption: [").append(inlines(table.caption()))
                .append("], table(columns: ").append(columns).append(", align: (")
                .append(String.join(", ", table.alignments().stream().map(TypstMarkup::alignment).toList()))
                .append(columns == 1 ? "," : "").append("),\n");
        out.append(indent).append("  table.header(");
        for (Table.Row row : table.header()) {
            row.cells().forEach(cell -> out.append('[').append(inlines(cell.content())).append("], "));
        }
        out.append("),\n");
        for (Table.Row row : table.body()) {
            out.append(indent).append("  ");
            row.cells().forEach(cell -> out.append('[').append(inlines(cell.content())).append("], "));
            out.append('\n');
        }
        out.append(indent).append("))\n\n");
    }

    private void figure(Figure figure, String indent) {
        String path = picture(figure.image());
        out.append(indent).append("#figure(image(").append(string(path));
        out.append(figure.decorative() ? "" : ", alt: " + string(figure.alt())).append(", width: 60%)");
        if (!figure.caption().isEmpty()) {
            out.append(", caption: [").append(inlines(figure.caption())).append(']');
        }
        out.append(")\n\n");
    }

    private String picture(Image image) {
        String path = "typst-images/" + pictures.size() + "-" + image.name().replaceAll("[^A-Za-z0-9._-]", "_");
        pictures.put(path, image.bytes());
        return path;
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            text.append(inline(inline));
        }
        return text.toString();
    }

    private String inline(Inline inline) {
        return switch (inline) {
            case Text text -> escape(text.text());
            case Emphasis emphasis -> "#emph[" + inlines(emphasis.content()) + "]";
            case Strong strong -> "#strong[" + inlines(strong.content()) + "]";
            case Code code -> "#raw(" + string(code.code()) + ")";
            case Link link -> "#link(" + string(link.target()) + ")[" + inlines(link.content()) + "]";
            case Abbreviation abbreviation -> escape(abbreviation.shortForm());
            case LanguageSpan span -> "#text(lang: " + string(primary(span.language())) + ")["
                    + inlines(span.content()) + "]";
            case LineBreak lineBreak -> "\\ ";
            case Strikethrough strike -> "#strike[" + inlines(strike.content()) + "]";
            case Superscript sup -> "#super[" + inlines(sup.content()) + "]";
            case Subscript sub -> "#sub[" + inlines(sub.content()) + "]";
            case Keyboard keys -> "#raw(" + string(keys.keys()) + ")";
            case NoteReference reference -> notes.containsKey(reference.id())
                    ? "#footnote[" + notes.get(reference.id()).blocks().stream().map(this::flat)
                            .reduce("", String::concat) + "]"
                    : "";
            case InlineImage image -> "#box(image(" + string(picture(image.image()))
                    + (image.decorative() ? "" : ", alt: " + string(image.alt())) + ", height: 1em))";
        };
    }

    /** A block as inline markup, for places that take one line (notes, definitions). */
    private String flat(Block block) {
        return block instanceof Paragraph paragraph ? inlines(paragraph.content()) + " " : "";
    }

    private static String alignment(Table.Alignment alignment) {
        return switch (alignment) {
            case START -> "left";
            case CENTER -> "center";
            case END -> "right";
        };
    }

    private static String primary(String language) {
        String tag = language == null || language.isBlank() || language.equals("und") ? "en" : language;
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** A Typst string literal. */
    private static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> literal.append('\\').append(c);
                case '\n' -> literal.append("\\n");
                case '\r', '\t' -> literal.append(' ');
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /** Text in markup: every character with a meaning in Typst markup escaped, lines joined. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\#*_`$<>@[]~/=+-'\"".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' ? ' ' : c);
        }
        return escaped.toString();
    }
}
