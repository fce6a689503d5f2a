/**
 * Markdown as a source and as an edition: {@link dev.editions.markdown.MarkdownReader} reads
 * CommonMark reports with YAML front matter, GFM tables, abbreviations and footnotes;
 * {@link dev.editions.markdown.MarkdownWriter} writes the Markdown edition, one self-contained file.
 */
package dev.editions.markdown;
