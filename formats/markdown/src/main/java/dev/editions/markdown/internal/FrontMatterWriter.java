package dev.editions.markdown.internal;

import dev.editions.model.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link Metadata} as YAML front matter with the keys {@link FrontMatter} reads, in a fixed
 * order; every text is double-quoted, so no value can be mistaken for another YAML type.
 */
final class FrontMatterWriter {
    private FrontMatterWriter() {
    }

    /** The front matter lines, from the opening {@code ---} to the closing one. */
    static List<String> lines(Metadata metadata) {
        List<String> lines = new ArrayList<>();
        lines.add("---");
        text(lines, "title", metadata.title());
        text(lines, "subtitle", metadata.subtitle());
        list(lines, "authors", metadata.authors());
        list(lines, "publishers", metadata.publishers());
        if (metadata.hasLanguage()) {
            text(lines, "language", metadata.language());
        }
        if (metadata.date() != null) {
            lines.add("date: " + metadata.date());
        }
        text(lines, "identifier", metadata.identifier());
        text(lines, "description", metadata.description());
        list(lines, "keywords", metadata.keywords());
        text(lines, "rights", metadata.rights());
        lines.add("---");
        return lines;
    }

    private static void text(List<String> lines, String key, String value) {
        if (value != null) {
            lines.add(key + ": " + quoted(value));
        }
    }

    private static void list(List<String> lines, String key, List<String> values) {
        if (!values.isEmpty()) {
            lines.add(key + ":");
            values.forEach(value -> lines.add("  - " + quoted(value)));
        }
    }

    /** A YAML double-quoted scalar; characters YAML does not allow as they are are escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF
                            || c >= 0xD800 && c <= 0xDFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
