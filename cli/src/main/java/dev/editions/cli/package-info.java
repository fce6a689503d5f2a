/**
 * The {@code editions} command: {@code publish} writes a report's editions, {@code inspect} prints
 * the normalised document model as JSON.
 */
package dev.editions.cli;
