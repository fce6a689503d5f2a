/**
 * Checks of written EPUB editions that validators miss, registered as an
 * {@link dev.editions.check.EditionChecker} for {@code epub}.
 */
package dev.editions.epub.check;
