/**
 * The entry point: {@link dev.editions.Editions} reads a report, normalises it and publishes its
 * editions; {@link dev.editions.EditionsException} is the one error it reports.
 */
package dev.editions;
