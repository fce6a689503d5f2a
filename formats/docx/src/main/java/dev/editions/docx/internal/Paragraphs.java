package dev.editions.docx.internal;

/** Bookmarks around the content of a paragraph. */
final class Paragraphs {
    private Paragraphs() {
    }

    /** Opens bookmark {@code name} at this point of the open paragraph; returns its id for {@link #endBookmark}. */
    static long startBookmark(WordXml xml, Bookmarks bookmarks, String name) {
        long id = bookmarks.id(name);
        xml.start("w:bookmarkStart").attribute("w:id", id).attribute("w:name", name).end("w:bookmarkStart");
        return id;
    }

    /** Closes bookmark {@code id} at this point of the open paragraph. */
    static void endBookmark(WordXml xml, long id) {
        xml.start("w:bookmarkEnd").attribute("w:id", id).end("w:bookmarkEnd");
    }
}
