package dev.editions.epub.internal;

import dev.editions.model.Metadata;

/** Writes the title page: title, subtitle, authors, publishers, date, abstract and rights. */
final class TitlePageWriter {
    /** The title page's file name, relative to the package document. */
    static final String FILE = "title.xhtml";
    /** The anchor of the title heading. */
    static final String TITLE_ID = "title";

    private TitlePageWriter() {
    }

    static byte[] write(Metadata metadata) {
        Markup out = Xhtml.begin(FILE, metadata.language(), metadata.title());
        out.open("main").newline();
        out.open("section", "epub:type", "titlepage", "aria-labelledby", TITLE_ID).newline();
        out.element("h1", metadata.title(), "id", TITLE_ID).newline();
        if (metadata.subtitle() != null) {
            out.element("p", metadata.subtitle(), "class", "subtitle", "epub:type", "subtitle", "role", "doc-subtitle")
                    .newline();
        }
        if (!metadata.authors().isEmpty()) {
            out.element("p", String.join(", ", metadata.authors()), "class", "authors").newline();
        }
        if (!metadata.publishers().isEmpty()) {
            out.element("p", String.join(", ", metadata.publishers()), "class", "publishers").newline();
        }
        if (metadata.date() != null) {
            out.open("p", "class", "date");
            out.element("time", metadata.date().toString(), "datetime", metadata.date().toString()).close().newline();
        }
        if (metadata.description() != null) {
            out.element("p", metadata.description(), "class", "abstract", "epub:type", "abstract", "role", "doc-abstract")
                    .newline();
        }
        if (metadata.rights() != null) {
            out.element("p", metadata.rights(), "class", "rights").newline();
        }
        out.close().newline();
        out.close().newline();
        return out.finish();
    }
}
