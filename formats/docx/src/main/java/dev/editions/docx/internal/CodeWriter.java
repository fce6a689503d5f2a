package dev.editions.docx.internal;

import dev.editions.model.CodeBlock;

/**
 * Writes a code block as one preformatted paragraph: spaces kept, each tab a {@code w:tab} (the
 * style sets stops every four characters), each new line a {@code w:br}.
 */
final class CodeWriter {
    private CodeWriter() {
    }

    /** Writes the run of {@code code}'s text into the open paragraph, already in the preformatted style. */
    static void write(WordXml xml, CodeBlock code) {
        xml.start("w:r");
        String text = code.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\t' && c != '\n') {
                continue;
            }
            if (i > start) {
                xml.t(XmlText.clean(text.substring(start, i)));
            }
            if (i < text.length()) {
                xml.empty(c == '\t' ? "w:tab" : "w:br");
            }
            start = i + 1;
        }
        xml.end("w:r");
    }
}
