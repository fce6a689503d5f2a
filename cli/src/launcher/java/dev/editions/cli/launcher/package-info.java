/**
 * The jar's entry point: starts the command on the running JVM when it is Java 21 or newer, and
 * otherwise finds an installed JDK 21+ and runs the jar again with it.
 */
package dev.editions.cli.launcher;
