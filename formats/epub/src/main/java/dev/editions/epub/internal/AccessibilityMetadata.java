package dev.editions.epub.internal;

import dev.editions.epub.EpubOptions;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Inline;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.text.Furniture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The EPUB Accessibility 1.1 discovery metadata of a publication, derived from what its document
 * holds and what the writer makes of it.
 *
 * @param accessModes the access modes of the content ({@code textual}, {@code visual})
 * @param sufficientModes the sets of modes sufficient to read everything, each comma-separated
 * @param features the accessibility features present
 * @param hazards the hazards ({@code none}: text and still pictures only)
 * @param summary a human-readable summary of the above, without identifiers
 * @param conformsTo the conformance claim, only when asserted or verified
 * @param certifier who certifies the conformance claim, only with a claim
 * @param certifierReport the address of the report behind the claim, only with a claim
 * @param pageBreakSource the identifier of the edition the page breaks come from, if any
 */
public record AccessibilityMetadata(
        List<String> accessModes,
        List<String> sufficientModes,
        List<String> features,
        List<String> hazards,
        String summary,
        Optional<String> conformsTo,
        Optional<String> certifier,
        Optional<String> certifierReport,
        Optional<String> pageBreakSource) {

    /** The conformance claim a publication makes when asserted or verified. */
    public static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    /** Copies the lists. */
    public AccessibilityMetadata {
        accessModes = List.copyOf(accessModes);
        sufficientModes = List.copyOf(sufficientModes);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }

    /** The metadata of {@code publication}. */
    public static AccessibilityMetadata of(Publication publication) {
        Facts facts = new Facts();
        facts.blocks(publication.document().blocks());
        boolean visual = facts.pictures > 0;
        List<String> features = new ArrayList<>();
        if (facts.headings > 0) {
            features.add("structuralNavigation");
        }
        features.add("tableOfContents");
        features.add("readingOrder");
        features.add("displayTransformability");
        features.add("ARIA");
        if (visual && facts.picturesWithoutAlt == 0) {
            features.add("alternativeText");
        }
        if (publication.pages().present()) {
            features.add("pageBreakMarkers");
            features.add("pageNavigation");
        }
        List<String> sufficient = new ArrayList<>();
        if (facts.picturesWithoutAlt == 0) {
            sufficient.add("textual");
        }
        if (visual) {
            sufficient.add("textual,visual");
        }
        boolean claimed = publication.context().option(EpubOptions.CONFORMANCE_CLAIM);
        return new AccessibilityMetadata(visual ? List.of("textual", "visual") : List.of("textual"), sufficient,
                features, List.of("none"), summary(facts, publication, claimed),
                claimed ? Optional.of(CONFORMS_TO) : Optional.empty(),
                claimed ? certifier(publication) : Optional.empty(),
                claimed ? certifierReport(publication) : Optional.empty(),
                publication.pages().present() ? publication.pages().source() : Optional.empty());
    }

    /** The report behind the claim, when given as an http or https address. */
    private static Optional<String> certifierReport(Publication publication) {
        String address = publication.context().option(EpubOptions.CERTIFIER_REPORT).strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            publication.context().diagnostics().warn(0, "epub.certifier-report", "the certifier report '" + address
                    + "' is not an http or https address, so the EPUB does not name it");
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** Who vouches for the accessibility claims: the option, else the first publisher, if any. */
    private static Optional<String> certifier(Publication publication) {
        String option = publication.context().option(EpubOptions.CERTIFIED_BY);
        if (!option.isBlank()) {
            return Optional.of(option);
        }
        return publication.document().metadata().publishers().stream().findFirst();
    }

    /** The summary in the report's language, a sentence for each thing that holds. */
    private static String summary(Facts facts, Publication publication, boolean claimed) {
        Furniture words = Furniture.of(publication.document().metadata().language());
        List<String> sentences = new ArrayList<>();
        if (claimed) {
            sentences.add(words.summary(Furniture.Summary.CLAIM, 0));
        }
        sentences.add(words.summary(facts.headings > 0 ? Furniture.Summary.READING_ORDER_WITH_HEADINGS
                : Furniture.Summary.READING_ORDER, 0));
        if (facts.pictures > 0) {
            sentences.add(words.summary(Furniture.Summary.PICTURES, facts.pictures));
        }
        if (facts.decorations > 0) {
            sentences.add(words.summary(Furniture.Summary.DECORATIONS, facts.decorations));
        }
        if (facts.tables > 0) {
            sentences.add(words.summary(facts.captionedTables == facts.tables ? Furniture.Summary.CAPTIONED_TABLES
                    : Furniture.Summary.TABLES, facts.tables));
        }
        if (facts.abbreviations > 0) {
            sentences.add(words.summary(Furniture.Summary.ABBREVIATIONS, 0));
        }
        if (facts.languageSpans > 0) {
            sentences.add(words.summary(Furniture.Summary.LANGUAGES, 0));
        }
        if (publication.pages().present()) {
            sentences.add(words.summary(Furniture.Summary.PAGES, 0));
        }
        return String.join(words.sentenceSeparator(), sentences);
    }

    /** Counts what the accessibility metadata depends on. */
    private static final class Facts {
        int headings;
        int pictures;
        int picturesWithoutAlt;
        int decorations;
        int tables;
        int captionedTables;
        int abbreviations;
        int languageSpans;

        void blocks(List<Block> blocks) {
            Blocks.forEachBlock(blocks, block -> {
                if (block instanceof Heading) {
                    headings++;
                } else if (block instanceof Table t) {
                    table(t);
                } else if (block instanceof Figure f) {
                    figure(f);
                }
            });
            Blocks.forEachInline(blocks, inline -> {
                if (inline instanceof Abbreviation) {
                    abbreviations++;
                } else if (inline instanceof LanguageSpan) {
                    languageSpans++;
                }
            });
        }

        private void table(Table table) {
            tables++;
            captionedTables += table.caption().isEmpty() ? 0 : 1;
        }

        private void figure(Figure figure) {
            if (figure.decorative()) {
                decorations++;
            } else {
                pictures++;
                picturesWithoutAlt += figure.alt().isBlank() ? 1 : 0;
            }
        }
    }
}
