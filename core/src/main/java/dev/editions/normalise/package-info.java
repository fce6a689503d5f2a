/**
 * The normaliser: small named {@link dev.editions.normalise.Stage}s that repair, de-duplicate and
 * understand messy report text, each a {@code Document -> Document} function that reports what it
 * changed. Users switch stages off or add their own through {@link dev.editions.normalise.Normaliser}.
 */
package dev.editions.normalise;
