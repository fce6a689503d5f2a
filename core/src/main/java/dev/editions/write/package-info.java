/**
 * The writer SPI: an {@link dev.editions.write.EditionWriter} describes itself with a
 * {@link dev.editions.write.WriterDescriptor}, declares typed {@link dev.editions.write.OptionKey}s,
 * and turns a {@link dev.editions.model.Document} into one format within a
 * {@link dev.editions.write.WriteContext}. Writers are found with {@link java.util.ServiceLoader}.
 * Text logic writers share lives in {@link dev.editions.text}.
 */
package dev.editions.write;
