/**
 * How Markdown is read and written: the flexmark parser configuration, the conversion of flexmark's
 * syntax tree into the document model, front matter, pictures, and the Markdown text writer.
 */
package dev.editions.markdown.internal;
