/**
 * How the EPUB 3 edition is put together: planning (content documents, anchors, pictures, page
 * breaks), the XHTML, navigation and package documents, accessibility metadata and the OCF container.
 */
package dev.editions.epub.internal;
