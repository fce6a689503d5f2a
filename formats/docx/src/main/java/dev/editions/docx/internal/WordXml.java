package dev.editions.docx.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes WordprocessingML elements as a stream of characters, escaped and laid out exactly as
 * XMLBeans saves them for POI (no whitespace between elements, an element without content closed
 * as {@code <x/>}, text with {@code <} and {@code &} escaped, or in a CDATA section when it is long
 * and holds many of them), so a part written here reads as POI would have written it. It records
 * the order in which the prefixes other than {@code w} are first used, which is the order XMLBeans
 * declares their namespaces on the part's root.
 */
final class WordXml {
    /** Text longer than this with more than {@link #CDATA_ENTITIES} markup characters goes in CDATA. */
    private static final int CDATA_LENGTH = 32;
    private static final int CDATA_ENTITIES = 5;

    /** How many characters gather before they go to the writer. */
    private static final int FLUSH_AT = 1 << 13;

    private final Writer out;
    private final StringBuilder pending = new StringBuilder(FLUSH_AT + 256);
    private char[] chars = new char[FLUSH_AT + 256];
    private final Set<String> prefixes = new LinkedHashSet<>();
    private boolean startOpen;

    WordXml(Writer out) {
        this.out = out;
    }

    /** The prefixes other than {@code w} used so far, in the order of their first use. */
    Set<String> prefixes() {
        return prefixes;
    }

    /** Opens element {@code name} (a prefixed name); attributes may follow. */
    WordXml start(String name) {
        closeStart();
        note(name);
        write('<');
        write(name);
        startOpen = true;
        return this;
    }

    /** Adds attribute {@code name} to the element just opened. */
    WordXml attribute(String name, String value) {
        note(name);
        write(' ');
        write(name);
        write("=\"");
        attributeValue(value);
        write('"');
        return this;
    }

    /** Adds attribute {@code name} with a number. */
    WordXml attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    /** Closes element {@code name}: {@code />} when nothing was written in it. */
    WordXml end(String name) {
        if (startOpen) {
            write("/>");
            startOpen = false;
        } else {
            write("</");
            write(name);
            write('>');
        }
        return this;
    }

    /** An element without attributes or content. */
    WordXml empty(String name) {
        return start(name).end(name);
    }

    /** An element with one attribute and no content, such as {@code <w:pStyle w:val="Title"/>}. */
    WordXml empty(String name, String attribute, String value) {
        return start(name).attribute(attribute, value).end(name);
    }

    /** A {@code w:t} holding {@code text} with its spaces kept. */
    WordXml t(String text) {
        start("w:t").attribute("xml:space", "preserve");
        text(text);
        return end("w:t");
    }

    /** Character content, escaped as XMLBeans escapes it. */
    WordXml text(String text) {
        if (text.isEmpty()) {
            return this;
        }
        closeStart();
        int markup = 0;
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                markup++;
            } else if (c == '\r' || c == '>' || bad(c)) {
                other = true;
            }
        }
        if (markup == 0 && !other) {
            write(text);
        } else if (text.length() > CDATA_LENGTH && markup > CDATA_ENTITIES) {
            cdata(text);
        } else {
            escaped(text);
        }
        return this;
    }

    /** Markup written as it is: it must be well formed and use only declared prefixes. */
    WordXml raw(String markup) {
        closeStart();
        write(markup);
        return this;
    }

    /** Records that {@code prefix} is used here, as a prefixed name in {@link #raw} would. */
    WordXml uses(String prefix) {
        prefixes.add(prefix);
        return this;
    }

    private void escaped(String text) {
        char before = 0;
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                write("&lt;");
            } else if (c == '&') {
                write("&amp;");
            } else if (c == '>' && last == ']' && before == ']') {
                write("&gt;");
            } else if (bad(c)) {
                write('?');
            } else if (c == '\r') {
                write("&#13;");
            } else {
                write(c);
            }
            before = last;
            last = c;
        }
    }

    /** As XMLBeans writes a CDATA section: the first and last characters as they are. */
    private void cdata(String text) {
        write("<![CDATA[");
        write(text.charAt(0));
        boolean secondToLast = text.charAt(0) == ']';
        boolean lastBracket = secondToLast;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '>' && secondToLast && lastBracket) {
                write("]]>><![CDATA[");
            } else if (bad(c)) {
                write('?');
            } else {
                write(c);
            }
            secondToLast = lastBracket;
            lastBracket = c == ']';
        }
        write(text.charAt(text.length() - 1));
        write("]]>");
    }

    private void attributeValue(String value) {
        if (plainAttribute(value)) {
            write(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> write("&lt;");
                case '&' -> write("&amp;");
                case '"' -> write("&quot;");
                default -> write(c);
            }
        }
    }

    private static boolean plainAttribute(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '&' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** Characters XML cannot hold, as XMLBeans judges them (surrogates pass). */
    private static boolean bad(char c) {
        return !(Character.isSurrogate(c) || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c == '\t' || c == '\n' || c == '\r');
    }

    private void note(String name) {
        int colon = name.indexOf(':');
        if (colon == 1 && name.charAt(0) == 'w') {
            return;
        }
        if (colon > 0 && !name.startsWith("xml:")) {
            prefixes.add(name.substring(0, colon));
        }
    }

    private void closeStart() {
        if (startOpen) {
            write('>');
            startOpen = false;
        }
    }

    /** Hands what is gathered to the writer, which the caller then closes. */
    void flush() {
        int length = pending.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        pending.getChars(0, length, chars, 0);
        try {
            out.write(chars, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.setLength(0);
    }

    private void write(String s) {
        pending.append(s);
        if (pending.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void write(char c) {
        pending.append(c);
        if (pending.length() >= FLUSH_AT) {
            flush();
        }
    }
}
