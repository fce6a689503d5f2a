/** How the DOCX edition is assembled from the model with Apache POI; not part of the public API. */
package dev.editions.docx.internal;
