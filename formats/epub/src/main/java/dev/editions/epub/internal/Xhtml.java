package dev.editions.epub.internal;

import dev.editions.text.WritingDirection;

/** The frame every XHTML document of the publication shares: declaration, language, title, stylesheet. */
final class Xhtml {
    /** The stylesheet's path, relative to the package document. */
    static final String STYLESHEET = "css/editions.css";

    private Xhtml() {
    }

    /** Starts the document {@code part} and leaves {@code <body>} open. */
    static Markup begin(String part, String language, String title) {
        Markup out = new Markup(part).doctype("<!DOCTYPE html>")
                .root("html", Markup.XHTML, "epub", Markup.EPUB)
                .attributes("lang", language, "xml:lang", language, "dir", WritingDirection.ofLanguage(language).html())
                        .newline();
        out.open("head").newline();
        out.element("title", title).newline();
        out.empty("link", "rel", "stylesheet", "type", "text/css", "href", STYLESHEET).newline();
        out.close().newline();
        return out.open("body").newline();
    }
}
