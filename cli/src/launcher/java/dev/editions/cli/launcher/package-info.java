/**
 * The jar's entry point: runs the command in a JVM 21+ started with options for a short run and a
 * start-up cache of the command's classes kept in the user's cache folder.
 */
package dev.editions.cli.launcher;
