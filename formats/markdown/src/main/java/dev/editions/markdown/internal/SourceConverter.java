package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Glossary;
import dev.editions.model.LegalText;
import dev.editions.model.Metadata;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.read.ReadOptions;
import dev.editions.read.Source;
import dev.editions.read.WhiteSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one Markdown source into a raw {@link Document}: front matter into the metadata, abbreviation
 * definitions into the glossary, blocks in reading order and footnotes into the document's notes.
 * Without a title in the front matter, the first heading is the title ({@link DefaultTitle}).
 *
 * <p>Footnotes: each reference ({@code [^label]}) becomes a {@link NoteReference} to a note numbered
 * in the order of first reference, whose id is its number. A reference to no definition keeps its
 * text, with a warning; a definition nothing refers to is kept as blocks at the end of the text,
 * with a warning, so none of its words is lost.
 */
public final class SourceConverter {
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
        LineIndex lines = LineIndex.of(text);
        Map<String, String> abbreviations = abbreviations(source, parsed, lines, diagnostics);
        ReadContext context = new ReadContext(source, parsed, lines, abbreviations, diagnostics,
                new ImageLoader(source, options.maxImagePixels()));
        BlockConverter converter = new BlockConverter(context);
        readFootnotes(parsed, context, converter);
        List<Block> blocks = new ArrayList<>(converter.blocks(parsed));
        DefaultTitle defaultTitle = new DefaultTitle(blocks, source);
        Metadata metadata = frontMatter(source, parsed, diagnostics, defaultTitle);
        defaultTitle.removeFromBody();
        List<Note> notes = notes(context, blocks);
        return context.resolveAnchors(new Document(metadata, blocks, new Glossary(abbreviations), List.of(), notes));
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
        String last = lines[lines.length - 1].strip();
        if (lines.length < 2 || !last.equals("---") && !last.equals("...")) {
            throw EditionsException.atLine(source.name(), block.getStartLineNumber() + 1, -1, "the front matter"
                    + " opened by '---' on this line is never closed; end it with a line '---' before the text");
        }
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, Math.max(1, lines.length - 1)));
        return new FrontMatter(source.name(), block.getStartLineNumber() + 2, diagnostics).read(yaml, defaultTitle);
    }

    private static Map<String, String> abbreviations(Source source, com.vladsch.flexmark.util.ast.Document parsed,
            LineIndex lines, Diagnostics diagnostics) {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (Node node : parsed.getDescendants()) {
            if (node instanceof AbbreviationBlock block) {
                int line = lines.lineOf(block.getStartOffset()) + 1;
                String shortForm = legal(block.getText().unescape(), line, diagnostics).strip();
                String longForm = legal(block.getAbbreviation().unescape(), line, diagnostics).strip();
                if (!shortForm.isEmpty() && !longForm.isEmpty()) {
                    abbreviations.putIfAbsent(shortForm, longForm);
                }
                if (abbreviations.size() > MAX_ABBREVIATIONS) {
                    throw EditionsException.atLine(source.name(), line, -1, "more than "
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

    /** Reads the content of every footnote definition, before the text that refers to them. */
    private static void readFootnotes(com.vladsch.flexmark.util.ast.Document parsed, ReadContext context,
            BlockConverter converter) {
        Footnotes footnotes = context.footnotes();
        footnotes.reading(true);
        try {
            for (Node node : parsed.getDescendants()) {
                if (node instanceof FootnoteBlock definition) {
                    footnotes.define(definition, NoteContent.of(converter.blocks(definition), definition, context));
                }
            }
        } finally {
            footnotes.reading(false);
        }
    }

    /**
     * The notes the blocks refer to. A definition they do not refer to (never referred to, or only
     * from text that did not stay in the body, such as the heading that became the title) is appended
     * to {@code blocks}, with a warning.
     */
    private static List<Note> notes(ReadContext context, List<Block> blocks) {
        Footnotes footnotes = context.footnotes();
        Set<String> referred = new HashSet<>();
        Blocks.forEachInline(blocks, inline -> {
            if (inline instanceof NoteReference reference) {
                referred.add(reference.id());
            }
        });
        List<Note> notes = new ArrayList<>();
        List<Block> unreferenced = new ArrayList<>();
        for (Note note : footnotes.notes()) {
            if (referred.contains(note.id())) {
                notes.add(note);
            } else {
                FootnoteBlock definition = footnotes.definition(Integer.parseInt(note.id()));
                context.warn(definition, "footnote.unreferenced", "the only reference to the footnote '"
                        + definition.getText() + "' did not stay in the text, so the footnote's text is kept at the"
                        + " end of the report");
                unreferenced.addAll(note.blocks());
            }
        }
        for (FootnoteBlock definition : footnotes.unreferenced()) {
            context.warn(definition, "footnote.unreferenced", "nothing refers to the footnote '"
                    + definition.getText() + "', so its text is kept at the end of the report");
            unreferenced.addAll(footnotes.blocks(definition));
        }
        blocks.addAll(unreferenced);
        return notes;
    }
}
