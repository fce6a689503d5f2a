package dev.editions.epub;

import dev.editions.write.OptionKey;

/** The options of the EPUB edition. */
public final class EpubOptions {
    /**
     * Whether the EPUB claims conformance to EPUB Accessibility 1.1 and WCAG 2.2 AA
     * ({@code dcterms:conformsTo}). Off by default: the claim is made when the user asserts it or when
     * {@code publish --verify} finds that the edition passes every check of the same run.
     */
    public static final OptionKey<Boolean> CONFORMANCE_CLAIM = OptionKey.flag("epub.conformance-claim", false,
            "Claim EPUB Accessibility 1.1 - WCAG 2.2 AA conformance (set by publish --verify when the EPUB passes).");

    /** Who vouches for the conformance claim; the report's first publisher when not set. Used only with a claim. */
    public static final OptionKey<String> CERTIFIED_BY = OptionKey.text("epub.certified-by",
            "Who vouches for the EPUB edition's conformance claim (default: the first publisher).");

    /** The address of the report behind the claim (an http or https URL), e.g. the published conformance.html. */
    public static final OptionKey<String> CERTIFIER_REPORT = OptionKey.text("epub.certifier-report",
            "The http(s) address of the report behind the conformance claim, e.g. the published conformance.html.");

    private EpubOptions() {
    }
}
