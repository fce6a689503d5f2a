package dev.editions.docx.internal;

import dev.editions.model.Metadata;
import dev.editions.text.WritingDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Installs the edition's own styles part: Word's built-in style names with outline levels on the
 * headings, colours of at least 4.5:1 contrast on white, and the document language as the default
 * run language. In a report written right to left, paragraphs read right to left by default
 * ({@code w:bidi}) and the language is the default for right-to-left runs too; code stays left to
 * right.
 */
final class StyleSheet {
    private StyleSheet() {
    }

    static void install(XWPFDocument doc, Metadata metadata) throws IOException {
        CTStyles styles;
        try (InputStream in = StyleSheet.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("styles.xml is missing from the DOCX writer"));
            }
            styles = StylesDocument.Factory.parse(in).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("the bundled styles are not valid XML: " + e.getMessage(), e);
        }
        CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
        CTLanguage language = defaults.addNewLang();
        language.setVal(metadata.language());
        if (WritingDirection.ofLanguage(metadata.language()).rightToLeft()) {
            language.setBidi(metadata.language());
            styles.getDocDefaults().getPPrDefault().getPPr().addNewBidi();
            for (CTStyle style : styles.getStyleArray()) {
                if (StyleIds.PREFORMATTED.equals(style.getStyleId())) {
                    style.getPPr().addNewBidi().setVal(STOnOff1.OFF);
                }
            }
        }
        doc.createStyles().setStyles(styles);
    }
}
