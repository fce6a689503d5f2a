package dev.editions.docx.internal;

import dev.editions.model.CodeBlock;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes a code block as one preformatted paragraph: spaces kept, each tab a {@code w:tab} (the
 * style sets stops every four characters), each new line a {@code w:br}.
 */
final class CodeWriter {
    private CodeWriter() {
    }

    /** Fills {@code paragraph}, already in the preformatted style, with the text of {@code code}. */
    static void write(CTP paragraph, CodeBlock code) {
        CTR r = paragraph.addNewR();
        String text = code.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\t' && c != '\n') {
                continue;
            }
            if (i > start) {
                CTText t = r.addNewT();
                t.setStringValue(XmlText.clean(text.substring(start, i)));
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
            if (i < text.length()) {
                if (c == '\t') {
                    r.addNewTab();
                } else {
                    r.addNewBr();
                }
            }
            start = i + 1;
        }
    }
}
