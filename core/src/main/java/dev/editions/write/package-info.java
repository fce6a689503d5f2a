/**
 * The writer SPI and what writers share.
 *
 * <p>An {@link dev.editions.write.EditionWriter} turns a {@link dev.editions.model.Document} into one
 * format; implementations are found with {@link java.util.ServiceLoader}. Logic that more than one
 * writer needs (plain text of inlines, styled text runs, heading anchors, first-use expansion of
 * abbreviations, stable identifiers) lives here once.
 */
package dev.editions.write;
