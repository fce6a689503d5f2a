/**
 * The PDF edition: {@link dev.editions.pdf.PdfWriter} lays out a report on A4 or Letter pages and
 * tags every item it draws, so the file conforms to PDF/UA-1 and PDF/A-2a.
 */
package dev.editions.pdf;
