/**
 * How the PDF edition is made, in two passes. Layout turns the model into pages of positioned items
 * ({@link dev.editions.pdf.internal.PageLayout}), each item pointing at the structure element it
 * belongs to ({@link dev.editions.pdf.internal.Tag}) or marked as decoration. Rendering then draws the
 * pages with OpenPDF, wrapping every item in marked content, and writes the structure tree,
 * metadata and bookmarks. Not an API: these types may change in any release.
 */
package dev.editions.pdf.internal;
