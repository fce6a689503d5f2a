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
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Writes the document's notes as real footnotes ({@code footnotes.xml}): a note becomes a footnote at
 * its first reference, which is a {@code w:footnoteReference} run in the FootnoteReference style,
 * and Word numbers it. A later reference to the same note shows the footnote's number in that style.
 * A footnote holds paragraphs in the FootnoteText style: a note's paragraphs, code as preformatted
 * text, list items with their marker, quoted paragraphs, a table row by row (cells separated by a
 * vertical bar) and a figure's caption (or, without one, its text alternative).
 */
final class FootnoteWriter {
    private final XWPFDocument doc;
    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    private final Bookmarks bookmarks;
    private final AbbreviationExpansions expansions;
    private final String language;
    private XWPFFootnotes part;
    private RunWriter runs;

    FootnoteWriter(XWPFDocument doc, Document document, Bookmarks bookmarks, AbbreviationExpansions expansions) {
        this.doc = doc;
        document.notes().forEach(note -> notes.put(note.id(), note));
        this.bookmarks = bookmarks;
        this.expansions = expansions;
        this.language = document.metadata().language();
    }

    /** Appends a reference to the note {@code id} to {@code paragraph}, writing the footnote at the first. */
    void reference(CTP paragraph, String id) {
        CTR r = paragraph.addNewR();
        r.addNewRPr().addNewRStyle().setVal(StyleIds.FOOTNOTE_REFERENCE);
        Integer number = shown.get(id);
        if (number != null) {
            r.addNewT().setStringValue(Integer.toString(number));
            return;
        }
        shown.put(id, shown.size() + 1);
        r.addNewFootnoteReference().setId(footnote(notes.get(id)));
    }

    private BigInteger footnote(Note note) {
        if (part == null) {
            part = doc.createFootnotes();
            separator(STFtnEdn.SEPARATOR, -1);
            separator(STFtnEdn.CONTINUATION_SEPARATOR, 0);
            runs = new RunWriter(part, bookmarks, expansions, language, null, null);
        }
        XWPFFootnote footnote = doc.createFootnote();
        BigInteger id = BigInteger.valueOf(shown.size());
        footnote.getCTFtnEdn().setId(id);
        new Content(footnote.getCTFtnEdn()).blocks(note.blocks(), "");
        return id;
    }

    /** The separator lines Word draws above the footnotes, as Word writes them. */
    private void separator(STFtnEdn.Enum type, int id) {
        CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
        separator.setType(type);
        separator.setId(BigInteger.valueOf(id));
        CTR r = separator.addNewP().addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
        part.addFootnote(separator);
    }

    /** The paragraphs of one footnote; the first starts with the footnote's number mark. */
    private final class Content {
        private final CTFtnEdn footnote;
        private boolean marked;

        Content(CTFtnEdn footnote) {
            this.footnote = footnote;
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
                case Paragraph p -> inlines(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), p.content());
                case Heading h -> inlines(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), h.content());
                case CodeBlock c -> {
                    CTP p = paragraph(StyleIds.PREFORMATTED, prefix);
                    CodeWriter.write(p, c);
                }
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
                        inlines(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), caption);
                    } else if (!f.decorative()) {
                        RunWriter.plain(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), f.alt());
                    }
                }
                case Break b -> {
                    // A rule has no text.
                }
                case DefinitionList d -> {
                    for (Definition definition : d.definitions()) {
                        inlines(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), definition.term());
                        prefix = "";
                        definition.details().forEach(detail -> blocks(detail, ""));
                    }
                }
                case Admonition a -> {
                    if (!a.title().isEmpty()) {
                        inlines(paragraph(StyleIds.FOOTNOTE_TEXT, prefix), a.title());
                        prefix = "";
                    }
                    blocks(a.blocks(), prefix);
                }
            }
        }

        private void table(Table table, String prefix) {
            String first = prefix;
            if (!table.caption().isEmpty()) {
                inlines(paragraph(StyleIds.FOOTNOTE_TEXT, first), table.caption());
                first = "";
            }
            for (List<Table.Row> rows : List.of(table.header(), table.body())) {
                for (Table.Row row : rows) {
                    CTP p = paragraph(StyleIds.FOOTNOTE_TEXT, first);
                    first = "";
                    for (int i = 0; i < row.cells().size(); i++) {
                        if (i > 0) {
                            RunWriter.plain(p, " | ");
                        }
                        runs.write(p, row.cells().get(i).content());
                    }
                }
            }
        }

        private void inlines(CTP p, List<Inline> content) {
            runs.write(p, content);
        }

        /** A new paragraph of {@code style}, the first with the number mark, then {@code prefix}. */
        private CTP paragraph(String style, String prefix) {
            CTP p = footnote.addNewP();
            p.addNewPPr().addNewPStyle().setVal(style);
            if (!marked) {
                marked = true;
                CTR mark = p.addNewR();
                mark.addNewRPr().addNewRStyle().setVal(StyleIds.FOOTNOTE_REFERENCE);
                mark.addNewFootnoteRef();
                RunWriter.plain(p, " ");
            }
            if (!prefix.isEmpty()) {
                RunWriter.plain(p, prefix);
            }
            return p;
        }
    }
}
