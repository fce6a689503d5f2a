/** A runnable example of the Editions Java API. */
package dev.editions.samples;
