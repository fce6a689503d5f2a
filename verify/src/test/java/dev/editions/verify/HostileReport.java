package dev.editions.verify;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * A Markdown report built from fuzzer data: front matter with every metadata field (title, subtitle,
 * authors, publishers, description, keywords, identifier, language, date) and a body with a heading,
 * a paragraph, a link and a picture, each made of pieces that are hard on XML and PDF writers: C0 and
 * C1 controls, U+FFFE and U+FFFF, lone surrogates, bidirectional overrides, {@code ]]>}, {@code <},
 * {@code &}, YAML and Markdown syntax, and very long runs.
 *
 * <p>Front-matter values are written mostly as YAML double-quoted strings with {@code \\u} escapes, so
 * that characters UTF-8 cannot carry (lone surrogates) still reach the reader; sometimes raw, so that
 * the reader's refusals are fuzzed too.
 */
final class HostileReport {
    /** The picture the report's image refers to, beside the report. */
    static final String PICTURE = "picture.png";

    private static final String[] PIECES = {
        "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085",
        "\u009B", "\u009F", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00",
        "\uDBFF\uDFFF", "\uFDD0", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2069", "\u200E",
        "\u200F", "\u061C", "\uFEFF", "\u200B", "\u00AD", "\u2028", "\u2029", "]]>", "<", ">", "&", "&amp;",
        "&#1;", "&#x0;", "&#xFFFE;", "&#xD800;", "&#x85;", "<![CDATA[", "<!--", "-->", "<?xml ?>", "</p>",
        "<b>", "\"", "'", "\\", "\r", "\n", "\r\n", "\t", " ", "  ", ":", ": ", "#", "- ", "---", "...", "*", "_",
        "`", "[", "]", "(", ")", "{", "}", "|", "~", "!", "%", "@", "null", "true", "é", "ß", "Ω", "日本語",
        "العربية", "עברית", "\u0301", "ﬁ", "𝔘", "x", "Report", "word ",
    };
    private static final String[] LANGUAGES = {"en", "en-GB", "fr", "de-CH", "ar", "he", "ja", "zh-Hant-TW",
        "und", "x-private", "sr-Latn", "tlh", "EN", "e", "en-", "12", "en_US"};
    private static final String[] DATES = {"2024-02-29", "1999-12-31", "0001-01-01", "9999-12-31", "2023-02-30",
        "2024-13-01", "yesterday", "2024-1-1"};

    private HostileReport() {
    }

    /** The Markdown text of a report drawn from {@code data}. */
    static String markdown(FuzzedDataProvider data) {
        StringBuilder md = new StringBuilder("---\n");
        field(md, "title", data);
        field(md, "subtitle", data);
        list(md, "authors", data);
        list(md, "publishers", data);
        field(md, "description", data);
        list(md, "keywords", data);
        field(md, "identifier", data);
        if (data.consumeBoolean()) {
            md.append("language: ").append(quoted(data.consumeBoolean() ? data.pickValue(LANGUAGES) : text(data, 8)))
                    .append('\n');
        }
        if (data.consumeBoolean()) {
            md.append("date: ").append(data.consumeBoolean() ? data.pickValue(DATES) : quoted(text(data, 4)))
                    .append('\n');
        }
        md.append(data.consumeInt(0, 9) == 0 ? "" : "---\n").append('\n');
        md.append("# ").append(text(data, 6)).append("\n\n");
        md.append(text(data, 12)).append("\n\n");
        md.append("See [").append(text(data, 4)).append("](").append(linkTarget(data)).append(") here.\n\n");
        md.append("![").append(text(data, 6)).append("](").append(PICTURE).append(")\n\n");
        md.append(text(data, 8)).append('\n');
        return md.toString();
    }

    private static void field(StringBuilder md, String key, FuzzedDataProvider data) {
        if (data.consumeInt(0, 5) > 0) {
            md.append(key).append(": ").append(value(data)).append('\n');
        }
    }

    private static void list(StringBuilder md, String key, FuzzedDataProvider data) {
        int shape = data.consumeInt(0, 4);
        if (shape == 0) {
            return;
        }
        if (shape == 1) {
            md.append(key).append(": ").append(value(data)).append('\n');
            return;
        }
        int count = data.consumeInt(1, 4);
        if (shape == 2) {
            md.append(key).append(": [");
            for (int i = 0; i < count; i++) {
                md.append(i == 0 ? "" : ", ").append(quoted(text(data, 6)));
            }
            md.append("]\n");
            return;
        }
        md.append(key).append(":\n");
        for (int i = 0; i < count; i++) {
            md.append("  - ").append(value(data)).append('\n');
        }
    }

    /** A YAML value: mostly double-quoted with escapes, sometimes single-quoted or plain. */
    private static String value(FuzzedDataProvider data) {
        String text = text(data, 10);
        return switch (data.consumeInt(0, 7)) {
            case 0 -> text;
            case 1 -> "'" + text.replace("'", "''") + "'";
            default -> quoted(text);
        };
    }

    /** {@code text} as a YAML double-quoted string, every character outside printable ASCII escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static String linkTarget(FuzzedDataProvider data) {
        List<String> schemes = List.of("https://example.org/", "#", "mailto:", "http://", "javascript:", "");
        String target = data.pickValue(schemes) + text(data, 4);
        return data.consumeBoolean() ? "<" + target.replace(">", "") + ">" : target;
    }

    /** Up to {@code pieces} pieces, one of which may repeat into a very long run. */
    static String text(FuzzedDataProvider data, int pieces) {
        StringBuilder text = new StringBuilder();
        int count = data.consumeInt(0, pieces);
        for (int i = 0; i < count; i++) {
            switch (data.consumeInt(0, 9)) {
                case 0 -> text.append(data.consumeString(12));
                case 1 -> text.append(data.consumeChar());
                case 2 -> text.append(data.pickValue(PIECES).repeat(data.consumeInt(1, 6000)));
                default -> text.append(data.pickValue(PIECES));
            }
        }
        return text.toString();
    }
}
