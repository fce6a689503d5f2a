/** The Markdown reader and the Markdown edition, on flexmark-java. */
module dev.editions.markdown {
    requires transitive dev.editions.core;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.collection;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.ext.abbreviation;
    requires flexmark.ext.autolink;
    requires flexmark.ext.definition;
    requires flexmark.ext.gfm.strikethrough;
    requires flexmark.ext.gfm.tasklist;
    requires flexmark.ext.footnotes;
    requires flexmark.ext.tables;
    requires flexmark.ext.yaml.front.matter;
    requires org.yaml.snakeyaml;
    requires java.desktop;

    exports dev.editions.markdown;

    provides dev.editions.read.SourceReader with dev.editions.markdown.MarkdownReader;
    provides dev.editions.write.EditionWriter with dev.editions.markdown.MarkdownWriter;
}
