/**
 * The document model: one immutable tree that every reader produces and every writer renders.
 *
 * <p>A {@link dev.editions.model.Document} holds {@link dev.editions.model.Metadata}, a list of
 * {@link dev.editions.model.Block}s and a {@link dev.editions.model.Glossary}. Blocks and
 * {@link dev.editions.model.Inline}s are sealed interfaces, so a writer that switches over them is
 * told by the compiler when a type is added. Every constructor validates its arguments: a model
 * that exists is a model every writer can render.
 */
package dev.editions.model;
