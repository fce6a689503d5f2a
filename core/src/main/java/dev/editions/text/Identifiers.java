package dev.editions.text;

import dev.editions.model.Block;
import dev.editions.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable identifiers for editions of a document that has none of its own. */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * The document's identifier if it has one, otherwise a name-based {@code urn:uuid:} derived
     * from its title and text, so republishing the same report gives the same identifier.
     */
    public static String of(Document document) {
        if (document.metadata().identifier() != null) {
            return document.metadata().identifier();
        }
        StringBuilder content = new StringBuilder(document.metadata().title());
        for (Block block : document.blocks()) {
            content.append('\n').append(PlainText.of(block));
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
