package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Glossary;
import dev.editions.model.Heading;
import dev.editions.model.LegalText;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.read.ReadOptions;
import dev.editions.read.Source;
import dev.editions.read.WhiteSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads one Markdown source into a raw {@link Document}: front matter into the metadata, abbreviation
 * definitions into the glossary, blocks in reading order and footnotes as numbered notes at the end.
 * Without a title in the front matter, the first heading is the title ({@link DefaultTitle}).
 *
 * <p>Footnotes: the model has no footnotes, so each reference becomes the note's number in brackets
 * ({@code [1]}, numbered in order of first reference) and the notes follow the text as a numbered
 * list under a heading "Notes", at the level of the document's top headings.
 */
public final class SourceConverter {
    /** The heading written above the notes made from footnotes. */
    public static final String NOTES_HEADING = "Notes";
    /** The most abbreviation definitions a source may hold. */
    static final int MAX_ABBREVIATIONS = 1_000;

    private SourceConverter() {
    }

    /**
     * Reads {@code source}.
     *
     * @throws EditionsException naming the source and line when it cannot be read
     */
    public static Document read(Source source, Diagnostics diagnostics, ReadOptions options) {
        String text = source.text(diagnostics).replace('\f', ' ');
        if (WhiteSpace.isBlank(text)) {
            throw EditionsException.of(source.name(), "contains only white space: there is no text to publish");
        }
        SourceLimits.check(source.name(), text);
        return DeepStack.call(source.name(), () -> convert(source, text, diagnostics, options));
    }

    private static Document convert(Source source, String text, Diagnostics diagnostics, ReadOptions options) {
        com.vladsch.flexmark.util.ast.Document parsed = parse(source, text);
        Map<String, String> abbreviations = abbreviations(source, parsed, diagnostics);
        ReadContext context = new ReadContext(source, parsed, abbreviations, diagnostics,
                new ImageLoader(source, options.maxImagePixels()));
        BlockConverter converter = new BlockConverter(context);
        List<Block> blocks = new ArrayList<>(converter.blocks(parsed));
        DefaultTitle defaultTitle = new DefaultTitle(blocks, source);
        Metadata metadata = frontMatter(source, parsed, diagnostics, defaultTitle);
        defaultTitle.removeFromBody();
        addNotes(parsed, context, converter, blocks);
        return context.resolveAnchors(new Document(metadata, blocks, new Glossary(abbreviations), List.of()));
    }

    /** The parsed text; a failure inside flexmark becomes an error about the source. */
    private static com.vladsch.flexmark.util.ast.Document parse(Source source, String text) {
        try {
            return MarkdownParsers.parser().parse(text);
        } catch (RuntimeException | AssertionError e) {
            throw EditionsException.of(source.name(), "the Markdown parser (flexmark) failed on this text ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); simplify the markup where the source is unusual", e);
        }
    }

    private static Metadata frontMatter(Source source, com.vladsch.flexmark.util.ast.Document parsed,
            Diagnostics diagnostics, Supplier<String> defaultTitle) {
        if (!(parsed.getFirstChild() instanceof YamlFrontMatterBlock block)) {
            return new FrontMatter(source.name(), 1, diagnostics).read(null, defaultTitle);
        }
        String[] lines = block.getChars().toString().split("\n", -1);
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, Math.max(1, lines.length - 1)));
        return new FrontMatter(source.name(), block.getStartLineNumber() + 2, diagnostics).read(yaml, defaultTitle);
    }

    private static Map<String, String> abbreviations(Source source, com.vladsch.flexmark.util.ast.Document parsed,
            Diagnostics diagnostics) {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (Node node : parsed.getDescendants()) {
            if (node instanceof AbbreviationBlock block) {
                int line = parsed.getLineNumber(block.getStartOffset()) + 1;
                String shortForm = legal(block.getText().unescape(), line, diagnostics).strip();
                String longForm = legal(block.getAbbreviation().unescape(), line, diagnostics).strip();
                if (!shortForm.isEmpty() && !longForm.isEmpty()) {
                    abbreviations.putIfAbsent(shortForm, longForm);
                }
                if (abbreviations.size() > MAX_ABBREVIATIONS) {
                    throw EditionsException.atLine(source.name(), parsed.getLineNumber(block.getStartOffset()) + 1, -1, "more than "
                            + String.format(Locale.ROOT, "%,d", MAX_ABBREVIATIONS) + " abbreviations are defined; at most "
                            + String.format(Locale.ROOT, "%,d", MAX_ABBREVIATIONS) + " are read");
                }
            }
        }
        return abbreviations;
    }

    /** {@code text} from an abbreviation definition on {@code line}, without what no edition can hold. */
    private static String legal(String text, int line, Diagnostics diagnostics) {
        LegalText.Cleaned cleaned = LegalText.clean(text);
        if (cleaned.changed()) {
            diagnostics.warn(line, "text.illegal-character",
                    LegalText.removedMessage(cleaned.removed(), "an abbreviation definition"));
        }
        return cleaned.text();
    }

    /** Numbers unreferenced notes after the referenced ones and appends them all as a list. */
    private static void addNotes(com.vladsch.flexmark.util.ast.Document parsed, ReadContext context,
            BlockConverter converter, List<Block> blocks) {
        Footnotes footnotes = context.footnotes();
        for (Node node : parsed.getDescendants()) {
            if (node instanceof FootnoteBlock note) {
                footnotes.numberOf(note);
            }
        }
        if (footnotes.count() == 0) {
            return;
        }
        List<ListItem> items = new ArrayList<>();
        for (int number = 1; number <= footnotes.count(); number++) {
            List<Block> note = converter.blocks(footnotes.note(number));
            items.add(new ListItem(note.isEmpty() ? List.of(Paragraph.of("–")) : note));
        }
        int level = blocks.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min().orElse(2);
        blocks.add(new Heading(level, List.of(new dev.editions.model.Text(NOTES_HEADING))));
        blocks.add(ListBlock.numbered(items));
    }
}
