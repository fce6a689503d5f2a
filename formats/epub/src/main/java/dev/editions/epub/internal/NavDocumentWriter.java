package dev.editions.epub.internal;

import dev.editions.text.WritingDirection;
import dev.editions.text.Furniture;
import dev.editions.text.Outline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Writes the navigation document: the table of contents (nested by heading level), the landmarks
 * and, when the paginated edition's page breaks are known, the page list.
 */
final class NavDocumentWriter {
    /** The navigation document's file name, relative to the package document. */
    static final String FILE = "nav.xhtml";

    private final Publication publication;
    private final String labelLanguage;
    private final String labelDirection;
    private final Furniture words;

    private NavDocumentWriter(Publication publication) {
        this.publication = publication;
        String language = publication.document().metadata().language();
        this.words = Furniture.of(language);
        this.labelLanguage = language.toLowerCase(Locale.ROOT).matches("en(-.*)?") ? null : "en";
        this.labelDirection = WritingDirection.ofLanguage(language).rightToLeft() ? "ltr" : null;
    }

    static byte[] write(Publication publication) {
        return new NavDocumentWriter(publication).write();
    }

    private byte[] write() {
        String title = publication.document().metadata().title();
        Markup out = Xhtml.begin(FILE, publication.document().metadata().language(), words.contents() + " – " + title);
        out.open("main").newline();
        out.open("nav", "epub:type", "toc", "role", "doc-toc", "id", "toc", "aria-labelledby", "toc-heading").newline();
        out.open("h1", "id", "toc-heading").attributes(wordsLanguage()).text(words.contents()).close().newline();
        out.open("ol").newline();
        link(out, TitlePageWriter.FILE, title);
        out.close().newline();
        tree(out, tree(publication.outline().entries()));
        out.close().newline();
        out.close().newline();
        landmarks(out);
        if (publication.pages().present()) {
            pageList(out);
        }
        out.close().newline();
        return out.finish();
    }

    private void landmarks(Markup out) {
        out.open("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden",
                "aria-labelledby", "landmarks-heading").newline();
        label(out, "h2", "Landmarks", "landmarks-heading");
        out.open("ol").newline();
        out.open("li").open("a", "epub:type", "toc", "href", FILE + "#toc").attributes(wordsLanguage())
                .text(words.contents()).close().close().newline();
        landmark(out, "bodymatter", publication.chapters().list().getFirst().file(), "Start of content");
        out.close().newline();
        out.close().newline();
    }

    private void pageList(Markup out) {
        out.open("nav", "epub:type", "page-list", "role", "doc-pagelist", "id", "page-list", "hidden", "hidden",
                "aria-labelledby", "page-list-heading").newline();
        label(out, "h2", "Pages", "page-list-heading");
        out.open("ol").newline();
        for (PageMarkers.Marker marker : publication.pages().all()) {
            String file = publication.chapters().holding(marker.block()).file();
            out.open("li").element("a", marker.label(), "href", file + "#" + marker.id()).close().newline();
        }
        out.close().newline();
        out.close().newline();
    }

    private void landmark(Markup out, String type, String href, String text) {
        out.open("li").open("a", "epub:type", type, "href", href).attributes(labelLanguage()).text(text).close().close()
                .newline();
    }

    private void label(Markup out, String element, String text, String id) {
        out.open(element, "id", id).attributes(labelLanguage()).text(text).close().newline();
    }

    /** The language of the furniture words: none when they are in the publication's language. */
    private String[] wordsLanguage() {
        return words.translated() ? new String[0] : labelLanguage();
    }

    /** The language of the English labels, where it differs from the publication's. */
    private String[] labelLanguage() {
        return new String[] {"lang", labelLanguage, "xml:lang", labelLanguage, "dir", labelDirection};
    }

    private void link(Markup out, String href, String text) {
        out.open("li").element("a", text, "href", href);
    }

    private void tree(Markup out, List<Node> nodes) {
        for (Node node : nodes) {
            link(out, publication.chapters().holding(node.entry().block()).file() + "#" + node.entry().id(),
                    node.entry().text());
            if (!node.children().isEmpty()) {
                out.newline().open("ol").newline();
                tree(out, node.children());
                out.close().newline();
            }
            out.close().newline();
        }
    }

    /** Nests the headings by level: each heading holds the deeper ones that follow it. */
    private static List<Node> tree(List<Outline.Entry> entries) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Outline.Entry entry : entries) {
            while (!open.isEmpty() && open.peek().entry().level() >= entry.level()) {
                open.pop();
            }
            Node node = new Node(entry, new ArrayList<>());
            (open.isEmpty() ? roots : open.peek().children()).add(node);
            open.push(node);
        }
        return roots;
    }

    private record Node(Outline.Entry entry, List<Node> children) {
    }
}
