package dev.editions.docx.internal;

import dev.editions.model.Glossary;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.Furniture;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary at the end of the document: a level-1 heading with a bookmark the text links to,
 * and a two-column table of every abbreviation and its meaning with a header row.
 */
final class GlossaryWriter {
    private GlossaryWriter() {
    }

    static void write(WordXml xml, Glossary glossary, Bookmarks bookmarks, TableWriter tables, Furniture words) {
        if (glossary.isEmpty()) {
            return;
        }
        String name = bookmarks.glossary().orElseThrow();
        ParagraphFormat.of(StyleIds.heading(1)).open(xml);
        long id = Paragraphs.startBookmark(xml, bookmarks, name);
        RunWriter.plain(xml, words.glossary());
        Paragraphs.endBookmark(xml, id);
        ParagraphFormat.close(xml);
        List<Table.Row> rows = new ArrayList<>();
        glossary.entries().forEach((shortForm, longForm) -> rows.add(Table.Row.of(shortForm, longForm)));
        Table table = Table.of(List.of(new Text(words.glossaryCaption())),
                List.of(Table.Row.of(words.abbreviation(), words.meaning())), rows);
        tables.write(table, ParagraphFormat.of(StyleIds.CAPTION));
    }
}
