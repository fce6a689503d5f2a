/**
 * The Editions Maven plugin: the {@code publish} goal writes a project's report editions and attaches
 * them to the build, the {@code verify} goal checks the written editions for accessibility.
 */
package dev.editions.maven;
