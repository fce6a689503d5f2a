/**
 * Markdown on flexmark-java: {@link dev.editions.markdown.MarkdownReader} and
 * {@link dev.editions.markdown.MarkdownWriter}.
 */
// flexmark-java 0.64 names no modules, so its module names below are those Java derives from the jar
// file names; they hold as long as flexmark's artifact names do.
module dev.editions.markdown {
    requires transitive dev.editions.core;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.util.collection;
    requires flexmark.util.misc;
    requires flexmark.ext.tables;
    requires flexmark.ext.abbreviation;
    requires flexmark.ext.footnotes;
    requires flexmark.ext.yaml.front.matter;
    requires org.yaml.snakeyaml;

    exports dev.editions.markdown;

    provides dev.editions.read.SourceReader with dev.editions.markdown.MarkdownReader;
    provides dev.editions.write.EditionWriter with dev.editions.markdown.MarkdownWriter;
}
