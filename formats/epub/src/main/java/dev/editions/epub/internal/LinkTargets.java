package dev.editions.epub.internal;

import dev.editions.EditionsException;
import dev.editions.text.Outline;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves link targets: absolute addresses are kept, {@code #anchor} links to a heading point into
 * the content document that holds the heading, anything else is refused because a reader could not
 * follow it inside the EPUB.
 */
public final class LinkTargets {
    private final String edition;
    private final Map<String, String> headingFiles = new HashMap<>();

    /** Targets for the headings of {@code outline}, split into {@code chapters}; {@code edition} names the edition in messages. */
    public LinkTargets(String edition, Outline outline, Chapters chapters) {
        this.edition = edition;
        for (Outline.Entry entry : outline.entries()) {
            headingFiles.put(entry.id(), chapters.holding(entry.block()).file());
        }
    }

    /** The href to write for {@code target}. */
    public String href(String target) {
        if (target.startsWith("#")) {
            String file = headingFiles.get(target.substring(1));
            if (file == null) {
                throw EditionsException.of(edition, "the link to '" + target + "' points at no heading of the report");
            }
            return file + target;
        }
        try {
            // The model holds only http, https and mailto addresses besides anchors.
            return new URI(target).toASCIIString();
        } catch (URISyntaxException e) {
            throw EditionsException.of(edition, "the link target '" + target + "' is not a valid address: "
                    + e.getReason(), e);
        }
    }
}
