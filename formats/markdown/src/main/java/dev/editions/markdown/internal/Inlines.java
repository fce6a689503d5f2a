package dev.editions.markdown.internal;

import dev.editions.model.Code;
import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.Strikethrough;
import dev.editions.model.Strong;
import dev.editions.model.Subscript;
import dev.editions.model.Superscript;
import dev.editions.model.Text;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/** Builds model inlines from parsed pieces: empty pieces are dropped and adjacent texts merged. */
final class Inlines {
    private Inlines() {
    }

    static void addText(CharSequence text, List<Inline> out) {
        if (!text.isEmpty()) {
            out.add(new Text(text.toString()));
        }
    }

    /** Strong text; around nothing but white space it is left out, as Markdown cannot write it. */
    static void addStrong(List<Inline> content, List<Inline> out) {
        List<Inline> merged = merge(content);
        if (PlainText.of(merged).isBlank()) {
            out.addAll(merged);
        } else {
            out.add(new Strong(merged));
        }
    }

    /** Emphasis; around nothing but white space it is left out, as Markdown cannot write it. */
    static void addEmphasis(List<Inline> content, List<Inline> out) {
        List<Inline> merged = merge(content);
        if (PlainText.of(merged).isBlank()) {
            out.addAll(merged);
        } else {
            out.add(new Emphasis(merged));
        }
    }

    /** The marks that wrap inlines beside emphasis and strong text. */
    enum Mark {
        STRIKETHROUGH, SUPERSCRIPT, SUBSCRIPT
    }

    /** Struck, raised or lowered content; around nothing but white space it is left out. */
    static void addMarked(Mark mark, List<Inline> content, List<Inline> out) {
        List<Inline> merged = merge(content);
        if (PlainText.of(merged).isBlank()) {
            out.addAll(merged);
            return;
        }
        out.add(switch (mark) {
            case STRIKETHROUGH -> new Strikethrough(merged);
            case SUPERSCRIPT -> new Superscript(merged);
            case SUBSCRIPT -> new Subscript(merged);
        });
    }

    static void addCode(String code, List<Inline> out) {
        if (!code.isEmpty()) {
            out.add(new Code(code));
        }
    }

    /** A link; one without text shows its address, one without an address keeps only its text. */
    static void addLink(String target, String title, List<Inline> content, List<Inline> out) {
        List<Inline> merged = merge(content);
        if (target.isBlank()) {
            out.addAll(merged);
        } else {
            out.add(new Link(target, title, merged.isEmpty() ? List.of(new Text(target)) : merged));
        }
    }

    /**
     * The content of a code span as CommonMark defines it: line ends become spaces and one space is
     * stripped from each end when both ends have one. In a table cell {@code \|} stands for a pipe.
     */
    static String codeSpan(String raw, boolean inTable) {
        String code = raw.replace('\n', ' ');
        if (inTable) {
            code = code.replace("\\|", "|");
        }
        if (code.length() >= 2 && code.charAt(0) == ' ' && code.charAt(code.length() - 1) == ' ' && !code.isBlank()) {
            code = code.substring(1, code.length() - 1);
        }
        return code;
    }

    /** {@code inlines} with adjacent texts merged; each run of texts is joined once, in linear time. */
    static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < inlines.size()) {
            int end = i + 1;
            while (inlines.get(i) instanceof Text && end < inlines.size() && inlines.get(end) instanceof Text) {
                end++;
            }
            out.add(end == i + 1 ? inlines.get(i) : joined(inlines.subList(i, end)));
            i = end;
        }
        return out;
    }

    private static Text joined(List<Inline> texts) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : texts) {
            text.append(((Text) inline).text());
        }
        return new Text(text.toString());
    }

    /**
     * The content of a one-line block (a heading, a table caption): line breaks, which it cannot hold,
     * become spaces; then tidied.
     */
    static List<Inline> oneLine(List<Inline> inlines) {
        return tidy(inlines.stream().map(inline -> inline instanceof LineBreak ? new Text(" ") : inline).toList());
    }

    /** The content of a block: texts merged, white space and line breaks trimmed from both ends. */
    static List<Inline> tidy(List<Inline> inlines) {
        List<Inline> out = merge(inlines);
        int size;
        do {
            size = out.size();
            trim(out, true);
            trim(out, false);
        } while (out.size() != size);
        return out;
    }

    /** Removes a line break, or white space, from the start or end of {@code out}. */
    private static void trim(List<Inline> out, boolean start) {
        if (out.isEmpty()) {
            return;
        }
        int at = start ? 0 : out.size() - 1;
        if (out.get(at) instanceof LineBreak) {
            out.remove(at);
        } else if (out.get(at) instanceof Text text) {
            replace(out, at, start ? text.text().stripLeading() : text.text().stripTrailing());
        }
    }

    private static void replace(List<Inline> out, int at, String text) {
        if (text.isEmpty()) {
            out.remove(at);
        } else {
            out.set(at, new Text(text));
        }
    }
}
