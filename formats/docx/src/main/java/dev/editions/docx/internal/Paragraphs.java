package dev.editions.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Appends paragraphs to the document body. */
final class Paragraphs {
    private Paragraphs() {
    }

    /** A new body paragraph of {@code style}, or of Normal when {@code style} is {@code null}. */
    static CTP add(XWPFDocument doc, String style) {
        CTP p = doc.getDocument().getBody().addNewP();
        if (style != null) {
            p.addNewPPr().addNewPStyle().setVal(style);
        }
        return p;
    }

    /** Opens bookmark {@code name} at the current end of {@code p}; returns its id for {@link #endBookmark}. */
    static BigInteger startBookmark(CTP p, Bookmarks bookmarks, String name) {
        BigInteger id = bookmarks.id(name);
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        return id;
    }

    /** Closes bookmark {@code id} at the current end of {@code p}. */
    static void endBookmark(CTP p, BigInteger id) {
        p.addNewBookmarkEnd().setId(id);
    }
}
