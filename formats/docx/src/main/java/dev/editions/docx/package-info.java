/**
 * The accessible DOCX edition: {@link dev.editions.docx.DocxWriter} writes a Word document with real
 * heading styles, a linked table of contents, numbered lists, captioned tables with header rows and
 * images with alternative text.
 */
package dev.editions.docx;
