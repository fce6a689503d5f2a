package dev.editions.epub;

import dev.editions.write.OptionKey;

/** The options of the EPUB edition. */
public final class EpubOptions {
    /** Who vouches for the accessibility claims; the report's first publisher when not set. */
    public static final OptionKey<String> CERTIFIED_BY = OptionKey.text("epub.certified-by",
            "Who vouches for the EPUB edition's accessibility claims (default: the first publisher).");

    private EpubOptions() {
    }
}
