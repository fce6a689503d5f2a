package dev.editions.docx.internal;

import dev.editions.model.Glossary;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.Furniture;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The glossary at the end of the document: a level-1 heading with a bookmark the text links to,
 * and a two-column table of every abbreviation and its meaning with a header row.
 */
final class GlossaryWriter {
    private GlossaryWriter() {
    }

    static void write(XWPFDocument doc, Glossary glossary, Bookmarks bookmarks, TableWriter tables, Furniture words) {
        if (glossary.isEmpty()) {
            return;
        }
        String name = bookmarks.glossary().orElseThrow();
        CTP heading = Paragraphs.add(doc, StyleIds.heading(1));
        BigInteger id = Paragraphs.startBookmark(heading, bookmarks, name);
        RunWriter.plain(heading, words.glossary());
        Paragraphs.endBookmark(heading, id);
        List<Table.Row> rows = new ArrayList<>();
        glossary.entries().forEach((shortForm, longForm) -> rows.add(Table.Row.of(shortForm, longForm)));
        Table table = Table.of(List.of(new Text(words.glossaryCaption())),
                List.of(Table.Row.of(words.abbreviation(), words.meaning())), rows);
        tables.write(table, Paragraphs.add(doc, StyleIds.CAPTION));
    }
}
