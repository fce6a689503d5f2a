/**
 * Source readers: they turn the bytes of a report into a raw {@link dev.editions.model.Document}.
 *
 * <p>{@link dev.editions.read.SourceReader} is the SPI ({@link java.util.ServiceLoader});
 * {@link dev.editions.read.PlainTextReader} reads exported or scraped text and is built in.
 * {@link dev.editions.read.TextDecoder} decodes text strictly, so that no character is lost
 * silently.
 */
package dev.editions.read;
