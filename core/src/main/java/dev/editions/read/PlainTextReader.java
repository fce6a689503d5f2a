package dev.editions.read;

import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads report text as exported from a CMS or scraped from a page.
 *
 * <p>The raw document keeps the text's lines as they are: each run of non-blank lines (blocks are
 * separated by blank lines) becomes one {@link Paragraph} whose lines are {@link Text} inlines
 * separated by {@link LineBreak}s, with indentation and tabs intact; a form feed (a page break)
 * separates blocks like a blank line. The normaliser then decides
 * which lines are wrapped sentences, headings, list items or table rows. The title is a placeholder
 * made from the file name until the normaliser finds the real one.
 */
public final class PlainTextReader implements SourceReader {
    /** The reader; it keeps no state between sources. */
    public PlainTextReader() {
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public SourceKind kind() {
        return SourceKind.PLAIN_TEXT;
    }

    @Override
    public Document read(Source source, Diagnostics diagnostics) {
        String text = source.text(diagnostics);
        if (WhiteSpace.isBlank(text)) {
            throw EditionsException.of(source.name(), "contains only white space: there is no text to publish");
        }
        List<Block> blocks = new ArrayList<>();
        List<Inline> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.indexOf('\f') < 0 ? raw : raw.replace("\f", "");
            if (WhiteSpace.isBlank(line)) {
                flush(lines, blocks);
            } else {
                if (!lines.isEmpty()) {
                    lines.add(LineBreak.INSTANCE);
                }
                lines.add(new Text(stripTrailing(line)));
            }
        }
        flush(lines, blocks);
        return Document.of(Metadata.titled(placeholderTitle(source)), blocks);
    }

    /** A title made from the file name, used until a real title is found: "annual-report_2024" → "Annual report 2024". */
    static String placeholderTitle(Source source) {
        String words = source.baseName().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "Untitled report";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static void flush(List<Inline> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(lines));
            lines.clear();
        }
    }
}
