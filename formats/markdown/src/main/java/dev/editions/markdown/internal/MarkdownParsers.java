package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark configuration Markdown sources are read with: CommonMark plus YAML front matter, GFM
 * pipe tables, strikethrough, task list items and extended autolinks (bare {@code https://…},
 * {@code www.…} and e-mail addresses, {@link BareLinks}), abbreviation definitions, footnotes and
 * definition lists, with link labels found in linear time, and TeX formulas between dollar signs
 * ({@link MathSyntax}).
 */
public final class MarkdownParsers {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                    new AbbreviationDefinitions(), FootnoteExtension.create(), new GfmStrikethrough(),
                    TaskListExtension.create(), DefinitionExtension.create()))
            // Definition lists: a term line, then ": " before each definition; no "~" marker.
            .set(DefinitionExtension.TILDE_MARKER, false)
            // GFM tables: a header row is required, rows may have fewer cells, no captions or column spans.
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.MIN_HEADER_ROWS, 1)
            .set(TablesExtension.MAX_HEADER_ROWS, 1)
            .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
            .toImmutable();

    /**
     * flexmark adds the reading of link reference definitions only for its own inline parser, so it is
     * added here; its heading parser is replaced by one that reads long paragraphs in linear time; bare
     * links are found only in texts that can hold one.
     */
    private static final Parser PARSER = Parser.builder(new MutableDataSet(OPTIONS).set(Parser.HEADING_PARSER, false))
            .customInlineParserFactory(SafeInlineParser::new)
            .customInlineParserExtensionFactory(new MathSyntax())
            .customBlockParserFactory(new LinearHeadings())
            .postProcessorFactory(new BareLinks())
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();

    private MarkdownParsers() {
    }

    /** The parser options, shared with anything that must read Markdown the same way. */
    public static DataHolder options() {
        return OPTIONS;
    }

    /** The parser; flexmark parsers are thread-safe once built. */
    public static Parser parser() {
        return PARSER;
    }
}
