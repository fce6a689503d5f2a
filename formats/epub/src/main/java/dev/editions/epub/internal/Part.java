package dev.editions.epub.internal;

/**
 * One publication resource written into the container, as the manifest lists it.
 *
 * @param id the manifest id
 * @param href the path relative to the package document
 * @param mediaType the media type
 * @param properties the manifest properties, or null
 * @param inSpine whether it is read in the spine, in list order
 * @param bytes the content
 */
record Part(String id, String href, String mediaType, String properties, boolean inSpine, byte[] bytes) {
}
