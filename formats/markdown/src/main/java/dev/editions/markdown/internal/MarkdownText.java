package dev.editions.markdown.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Note;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.text.NoteNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole text of a Markdown edition: YAML front matter, the blocks, the notes as footnote
 * definitions ({@code [^1]: …}, numbered in order), then one abbreviation
 * definition ({@code *[SF]: Long form}) per glossary entry and per abbreviation used but not in the
 * glossary. Lines end in LF, blocks are separated by one blank line, no line ends in white space, and
 * the text ends with one line end.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** The edition text of {@code document}. */
    public static String of(Document given) {
        Document document = NoteNumbers.numbered(given);
        List<String> lines = new ArrayList<>(FrontMatterWriter.lines(document.metadata()));
        List<String> body = BlockWriter.blocks(document.blocks());
        if (!body.isEmpty()) {
            lines.add("");
            lines.addAll(body);
        }
        for (Note note : document.notes()) {
            lines.add("");
            lines.addAll(NoteWriter.note(note));
        }
        Map<String, String> definitions = definitions(document);
        if (!definitions.isEmpty()) {
            lines.add("");
            definitions.forEach((shortForm, longForm) -> lines.add("*[" + shortForm + "]: "
                    + InlineWriter.escape(longForm)));
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> definitions(Document document) {
        Map<String, String> definitions = new LinkedHashMap<>(document.glossary().entries());
        collect(Blocks.withNotes(document), definitions);
        return definitions;
    }

    private static void collect(List<Block> blocks, Map<String, String> definitions) {
        Blocks.forEachInline(blocks, inline -> {
            if (inline instanceof Abbreviation abbreviation) {
                definitions.putIfAbsent(abbreviation.shortForm(), abbreviation.longForm());
            }
        });
    }
}
