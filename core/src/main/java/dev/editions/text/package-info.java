/**
 * What readers, stages and writers share about the text of a document: its plain text and the
 * offsets into it ({@link dev.editions.text.PlainText}, {@link dev.editions.text.PlainOffsets}),
 * runs of styled text, the outline of headings with their anchors, identifiers, and the
 * first-use expansion of abbreviations.
 */
package dev.editions.text;
