package dev.editions.markdown.internal;

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
import dev.editions.text.HeadingIds;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes model inlines as CommonMark text that reads back as the same inlines: characters with a
 * meaning in Markdown are escaped, emphasis is {@code *…*}, strong text {@code **…**} (with
 * {@code _…_} for emphasis that is all of it, since {@code ***} would read as emphasis around strong
 * text), strikethrough {@code ~~…~~}, language spans are {@code <span lang="…">}, superscript, subscript
 * and keys {@code <sup>}, {@code <sub>} and {@code <kbd>}, note references {@code [^1]} (the
 * document's notes numbered first), pictures {@code ![alt](images/…)} with their file beside the edition
 * ({@link ImageFiles}), formulas {@code $`…`$}, and abbreviations are their short form,
 * expanded by the definitions at the end of the edition. Text that a GFM reader would take for a bare
 * address has the character that makes it one written as a character reference.
 */
final class InlineWriter {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** Where inlines are written, which decides how a line break is written. */
    enum Place {
        /** A paragraph: a line break is a backslash at the end of the line. */
        PARAGRAPH,
        /** A heading, which is one line: a line break becomes a space. */
        HEADING,
        /** A table cell: pipes are escaped and a line break is {@code <br>}. */
        CELL
    }

    private InlineWriter() {
    }

    /** The Markdown for {@code inlines} written in {@code place}. */
    static String write(List<Inline> inlines, Place place) {
        StringBuilder out = new StringBuilder();
        write(inlines, place, out);
        return out.toString();
    }

    private static void write(List<Inline> inlines, Place place, StringBuilder out) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text text -> out.append(escape(text.text()));
                case Abbreviation abbreviation -> out.append(escape(abbreviation.shortForm()));
                case Emphasis emphasis -> delimited("*", write(emphasis.content(), place), out);
                case Strong strong -> strong(strong, place, out);
                case Code code -> out.append(code.math() ? "$" + code(code.code(), place) + "$" : code(code.code(), place));
                case Link link -> link(link, place, out);
                case LanguageSpan span -> out.append("<span lang=\"").append(span.language()).append("\">")
                        .append(write(span.content(), place)).append("</span>");
                case Strikethrough struck -> delimited("~~", write(struck.content(), place), out);
                case Superscript raised -> element("sup", write(raised.content(), place), out);
                case Subscript lowered -> element("sub", write(lowered.content(), place), out);
                case Keyboard keys -> element("kbd", escape(keys.keys()), out);
                case NoteReference reference -> out.append("[^").append(reference.id()).append(']');
                case InlineImage image -> out.append("![").append(escape(image.alt())).append("](")
                        .append(ImageFiles.path(image.image())).append(')');
                case LineBreak lineBreak -> out.append(switch (place) {
                    case PARAGRAPH -> "\\\n";
                    case HEADING -> " ";
                    case CELL -> "<br>";
                });
            }
        }
    }

    private static void element(String name, String content, StringBuilder out) {
        out.append('<').append(name).append('>').append(content).append("</").append(name).append('>');
    }

    /**
     * Strong text. Emphasis that is all of it is written {@code **_…_**}, since {@code ***…***} would read
     * as emphasis around strong text; emphasis at one end of longer strong text is {@code ***…*…**},
     * since {@code _} cannot close before a letter.
     */
    private static void strong(Strong strong, Place place, StringBuilder out) {
        List<Inline> content = strong.content();
        if (content.size() == 1 && content.get(0) instanceof Emphasis emphasis) {
            StringBuilder inner = new StringBuilder();
            delimited("_", write(emphasis.content(), place), inner);
            delimited("**", inner.toString(), out);
        } else {
            delimited("**", write(content, place), out);
        }
    }

    /** Wraps {@code content} in {@code delimiter}, keeping white space at its ends outside the delimiters. */
    private static void delimited(String delimiter, String content, StringBuilder out) {
        String trimmed = content.strip();
        if (trimmed.isEmpty()) {
            out.append(content);
            return;
        }
        int start = content.indexOf(trimmed);
        out.append(content, 0, start).append(delimiter).append(trimmed).append(delimiter)
                .append(content, start + trimmed.length(), content.length());
    }

    private static void link(Link link, Place place, StringBuilder out) {
        // An anchor in the form a Markdown reader derives from the heading, which the reader maps back.
        String target = link.target().startsWith("#") ? "#" + HeadingIds.unprefixed(link.target().substring(1))
                : link.target();
        out.append('[').append(write(link.content(), place)).append("](").append(destination(target));
        if (link.title() != null) {
            out.append(' ').append(title(link.title()));
        }
        out.append(')');
    }

    /**
     * A link destination. Spaces, angle brackets and control characters, which a bare destination
     * cannot hold, are percent-encoded (flexmark does not read destinations in angle brackets that hold
     * spaces); backslashes and parentheses are escaped.
     */
    static String destination(String target) {
        StringBuilder out = new StringBuilder(target.length() + 8);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            switch (c) {
                case '\\', '(', ')' -> out.append('\\').append(c);
                default -> {
                    if (c <= ' ' || c == '<' || c == '>' || c == 0x7F) {
                        out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A link or image title in double quotes. */
    static String title(String title) {
        return "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
    }

    /** A code span, fenced with more backticks than the code holds and padded where CommonMark would strip. */
    static String code(String code, Place place) {
        String text = code.replace('\n', ' ');
        if (place == Place.CELL) {
            text = text.replace("|", "\\|");
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`")
                || text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /** Text with every character that could start Markdown syntax, or make a bare address a link, escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        BitSet triggers = AutolinkGuard.triggers(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (triggers.get(i)) {
                out.append("&#").append((int) c).append(';');
                continue;
            }
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '~', '|', '$' -> out.append('\\').append(c);
                case '&' -> out.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                case '!' -> out.append(i == text.length() - 1 ? "\\!" : "!");
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
