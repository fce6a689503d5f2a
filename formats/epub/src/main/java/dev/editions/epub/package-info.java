/** The EPUB 3 edition writer, registered for {@code epub}. */
package dev.editions.epub;
