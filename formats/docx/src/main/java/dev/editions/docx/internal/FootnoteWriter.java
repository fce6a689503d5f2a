package dev.editions.docx.internal;

import dev.editions.model.Admonition;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
import dev.editions.model.Definition;
import dev.editions.model.DefinitionList;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Note;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.text.AbbreviationExpansions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import java.util.Optional;

/**
 * Writes the document's notes as real footnotes ({@code footnotes.xml}): a note becomes a footnote at
 * its first reference, which is a {@code w:footnoteReference} run in the FootnoteReference style,
 * and Word numbers it. A later reference to the same note shows the footnote's number in that style.
 * A footnote holds paragraphs in the FootnoteText style: a note's paragraphs, code as preformatted
 * text, list items with their marker, quoted paragraphs, a table row by row (cells separated by a
 * vertical bar) and a figure's caption (or, without one, its text alternative). The footnotes part
 * is made through POI at the first footnote; its content is written as a stream.
 */
final class FootnoteWriter {
    private final XWPFDocument doc;
    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    private final Bookmarks bookmarks;
    private final AbbreviationExpansions expansions;
    private final String language;
    private StreamedPart part;
    private RunWriter runs;

    FootnoteWriter(XWPFDocument doc, Document document, Bookmarks bookmarks, AbbreviationExpansions expansions) {
        this.doc = doc;
        document.notes().forEach(note -> notes.put(note.id(), note));
        this.bookmarks = bookmarks;
        this.expansions = expansions;
        this.language = document.metadata().language();
    }

    /** The footnotes part's content, when there are footnotes. */
    Optional<StreamedPart> part() {
        return Optional.ofNullable(part);
    }

    /** Appends a reference to the note {@code id} to the open paragraph of {@code xml}, writing the footnote at the first. */
    void reference(WordXml xml, String id) {
        xml.start("w:r").start("w:rPr").empty("w:rStyle", "w:val", StyleIds.FOOTNOTE_REFERENCE).end("w:rPr");
        Integer number = shown.get(id);
        if (number != null) {
            xml.start("w:t").text(Integer.toString(number)).end("w:t").end("w:r");
            return;
        }
        shown.put(id, shown.size() + 1);
        xml.start("w:footnoteReference").attribute("w:id", footnote(notes.get(id))).end("w:footnoteReference");
        xml.end("w:r");
    }

    private long footnote(Note note) {
        if (part == null) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            part = new StreamedPart(footnotes.getPackagePart().getPartName().getName().substring(1), "w:footnotes");
            separator("separator", -1);
            separator("continuationSeparator", 0);
            runs = new RunWriter(footnotes, part.xml(), bookmarks, expansions, language, null, null);
        }
        long id = shown.size();
        WordXml xml = part.xml();
        xml.start("w:footnote").attribute("w:type", "normal").attribute("w:id", id);
        new Content(xml).blocks(note.blocks(), "");
        xml.end("w:footnote");
        return id;
    }

    /** The separator lines Word draws above the footnotes, as Word writes them. */
    private void separator(String type, int id) {
        part.xml().start("w:footnote").attribute("w:type", type).attribute("w:id", id)
                .start("w:p").start("w:r").empty("w:" + type).end("w:r").end("w:p").end("w:footnote");
    }

    /** The paragraphs of one footnote; the first starts with the footnote's number mark. */
    private final class Content {
        private final WordXml xml;
        private boolean marked;

        Content(WordXml xml) {
            this.xml = xml;
        }

        void blocks(List<Block> blocks, String prefix) {
            String first = prefix;
            for (Block block : blocks) {
                block(block, first);
                first = "";
            }
        }

        private void block(Block block, String prefix) {
            switch (block) {
                case Paragraph p -> inlines(prefix, p.content());
                case Heading h -> inlines(prefix, h.content());
                case CodeBlock c -> paragraph(StyleIds.PREFORMATTED, prefix, () -> CodeWriter.write(xml, c));
                case ListBlock l -> {
                    int number = l.start();
                    for (ListItem item : l.items()) {
                        blocks(item.blocks(), prefix + (l.ordered() ? number++ + ". " : "\u2022 "));
                        prefix = "";
                    }
                }
                case Quote q -> blocks(q.blocks(), prefix);
                case Table t -> table(t, prefix);
                case Figure f -> {
                    List<Inline> caption = f.caption();
                    if (!caption.isEmpty()) {
                        inlines(prefix, caption);
                    } else if (!f.decorative()) {
                        paragraph(StyleIds.FOOTNOTE_TEXT, prefix, () -> RunWriter.plain(xml, f.alt()));
                    }
                }
                case Break b -> {
                    // A rule has no text.
                }
                case DefinitionList d -> {
                    for (Definition definition : d.definitions()) {
                        inlines(prefix, definition.term());
                        prefix = "";
                        definition.details().forEach(detail -> blocks(detail, ""));
                    }
                }
                case Admonition a -> {
                    if (!a.title().isEmpty()) {
                        inlines(prefix, a.title());
                        prefix = "";
                    }
                    blocks(a.blocks(), prefix);
                }
            }
        }

        private void table(Table table, String prefix) {
            String first = prefix;
            if (!table.caption().isEmpty()) {
                inlines(first, table.caption());
                first = "";
            }
            for (List<Table.Row> rows : List.of(table.header(), table.body())) {
                for (Table.Row row : rows) {
                    String rowPrefix = first;
                    paragraph(StyleIds.FOOTNOTE_TEXT, rowPrefix, () -> {
                        for (int i = 0; i < row.cells().size(); i++) {
                            if (i > 0) {
                                RunWriter.plain(xml, " | ");
                            }
                            runs.write(row.cells().get(i).content());
                        }
                    });
                    first = "";
                }
            }
        }

        private void inlines(String prefix, List<Inline> content) {
            paragraph(StyleIds.FOOTNOTE_TEXT, prefix, () -> runs.write(content));
        }

        /**
         * A paragraph of {@code style}, the first with the number mark, then {@code prefix}, then
         * what {@code content} writes.
         */
        private void paragraph(String style, String prefix, Runnable content) {
            ParagraphFormat.of(style).open(xml);
            if (!marked) {
                marked = true;
                xml.start("w:r").start("w:rPr").empty("w:rStyle", "w:val", StyleIds.FOOTNOTE_REFERENCE).end("w:rPr")
                        .empty("w:footnoteRef").end("w:r");
                RunWriter.plain(xml, " ");
            }
            if (!prefix.isEmpty()) {
                RunWriter.plain(xml, prefix);
            }
            content.run();
            ParagraphFormat.close(xml);
        }
    }
}
