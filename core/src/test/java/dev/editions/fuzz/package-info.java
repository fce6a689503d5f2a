/** Fuzz tests (Jazzer) for the readers and the normaliser. */
package dev.editions.fuzz;
