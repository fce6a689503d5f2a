package dev.editions.docx.internal.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The styles a package defines, by id, with what decides whether a paragraph style is a heading:
 * Word's built-in name ({@code heading 1}) and the outline level, both inherited through
 * {@code w:basedOn}.
 */
public final class StyleIndex {
    private static final Pattern HEADING_NAME = Pattern.compile("heading ([1-9])");
    private static final int MAX_DEPTH = 20;

    private final Map<String, Element> styles = new HashMap<>();

    /** Indexes the styles part {@code root} (may be {@code null}). */
    public StyleIndex(Element root) {
        for (Element style : Xml.children(root, Xml.W, "style")) {
            String id = Xml.attr(style, "styleId");
            if (id != null) {
                styles.putIfAbsent(id, style);
            }
        }
    }

    /** Whether a style with {@code id} is defined. */
    public boolean defines(String id) {
        return styles.containsKey(id);
    }

    /** The style elements by id. */
    public Map<String, Element> all() {
        return styles;
    }

    /** The level (1-9) that Word's built-in heading name of style {@code id} gives, else 0. */
    public int namedLevel(String id) {
        Element style = styles.get(id);
        for (int depth = 0; style != null && depth < MAX_DEPTH; depth++) {
            String name = Xml.val(style, "name");
            Matcher m = HEADING_NAME.matcher(name == null ? "" : name.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            style = styles.get(Xml.val(style, "basedOn"));
        }
        return 0;
    }

    /** The outline level (0-based, 0-8) style {@code id} gives, or -1 for body text. */
    public int outlineLevel(String id) {
        Element style = styles.get(id);
        for (int depth = 0; style != null && depth < MAX_DEPTH; depth++) {
            String level = Xml.val(Xml.child(style, Xml.W, "pPr"), "outlineLvl");
            if (level != null) {
                return parseLevel(level);
            }
            style = styles.get(Xml.val(style, "basedOn"));
        }
        return -1;
    }

    /** The outline level an {@code w:outlineLvl} value gives (9 means body text), or -1. */
    static int parseLevel(String value) {
        try {
            int level = Integer.parseInt(value.strip());
            return level >= 0 && level <= 8 ? level : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The heading level (1-9) of style {@code id}, or 0 for body text: the nearest of a built-in
     * heading name or an outline level along the {@code w:basedOn} chain decides.
     */
    public int headingLevel(String id) {
        Element style = styles.get(id);
        for (int depth = 0; style != null && depth < MAX_DEPTH; depth++) {
            Matcher m = HEADING_NAME.matcher(Xml.val(style, "name") == null ? ""
                    : Xml.val(style, "name").toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            String level = Xml.val(Xml.child(style, Xml.W, "pPr"), "outlineLvl");
            if (level != null) {
                return parseLevel(level) + 1;
            }
            style = styles.get(Xml.val(style, "basedOn"));
        }
        return 0;
    }

    /** The name of style {@code id} in lower case, or the empty string. */
    public String name(String id) {
        Element style = styles.get(id);
        String name = style == null ? null : Xml.val(style, "name");
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
