/**
 * Benchmarks: a generator of large messy reports and JMH benchmarks of reading, normalising and
 * writing them.
 */
package dev.editions.benchmarks;
