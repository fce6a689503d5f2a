package dev.editions.epub.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.CodeBlock;
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
 * @param summary a human-readable summary of the above
 * @param certifier who certifies the conformance claim, if anyone is known
 * @param pageBreakSource the identifier of the edition the page breaks come from, if any
 */
public record AccessibilityMetadata(
        List<String> accessModes,
        List<String> sufficientModes,
        List<String> features,
        List<String> hazards,
        String summary,
        Optional<String> certifier,
        Optional<String> pageBreakSource) {

    /** The conformance claim every publication makes. */
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
        return new AccessibilityMetadata(visual ? List.of("textual", "visual") : List.of("textual"), sufficient,
                features, List.of("none"), summary(facts, publication),
                publication.options().certifier(publication.document()),
                publication.pages().present() ? publication.pages().source() : Optional.empty());
    }

    private static String summary(Facts facts, Publication publication) {
        StringBuilder out = new StringBuilder("This publication is written to meet EPUB Accessibility 1.1 and WCAG 2.2"
                + " Level AA. The text reflows and follows the reading order of the report");
        out.append(facts.headings > 0 ? "; headings structure it and a table of contents links to them." : ".");
        if (facts.pictures > 0) {
            out.append(' ').append(count(facts.pictures, "picture")).append(facts.pictures == 1 ? " has" : " have")
                    .append(" a text alternative");
        }
        if (facts.decorations > 0) {
            out.append(facts.pictures > 0 ? ", and " : " ").append(count(facts.decorations, "decorative picture"))
                    .append(facts.decorations == 1 ? " is" : " are").append(" hidden from assistive technology");
        }
        if (facts.pictures + facts.decorations > 0) {
            out.append('.');
        }
        if (facts.tables > 0) {
            out.append(' ').append(count(facts.tables, "table")).append(facts.tables == 1 ? " has" : " have")
                    .append(" header cells").append(facts.captionedTables == facts.tables ? " and a caption." : ".");
        }
        if (facts.abbreviations > 0) {
            out.append(" Abbreviations are spelled out at their first use and carry their expansion.");
        }
        if (facts.languageSpans > 0) {
            out.append(" Passages in other languages are marked with their language.");
        }
        publication.pages().source().filter(s -> publication.pages().present()).ifPresent(source -> out.append(
                " Page-break markers and a page list match the pages of the print edition ").append(source).append('.'));
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
            for (Block block : blocks) {
                switch (block) {
                    case Heading h -> {
                        headings++;
                        inlines(h.content());
                    }
                    case Paragraph p -> inlines(p.content());
                    case ListBlock l -> l.items().stream().map(ListItem::blocks).forEach(this::blocks);
                    case Quote q -> blocks(q.blocks());
                    case Table t -> table(t);
                    case Figure f -> figure(f);
                    case CodeBlock c -> {
                        // Code holds no abbreviations, languages or pictures.
                    }
                    case Break b -> {
                        // A break holds nothing that matters here.
                    }
                }
            }
        }

        private void table(Table table) {
            tables++;
            captionedTables += table.caption().isEmpty() ? 0 : 1;
            inlines(table.caption());
            java.util.stream.Stream.concat(table.header().stream(), table.body().stream())
                    .flatMap(row -> row.cells().stream()).forEach(cell -> inlines(cell.content()));
        }

        private void figure(Figure figure) {
            if (figure.decorative()) {
                decorations++;
            } else {
                pictures++;
                picturesWithoutAlt += figure.alt().isBlank() ? 1 : 0;
            }
            inlines(figure.caption());
        }

        private void inlines(List<Inline> inlines) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Abbreviation a -> abbreviations++;
                    case LanguageSpan s -> {
                        languageSpans++;
                        inlines(s.content());
                    }
                    case Emphasis e -> inlines(e.content());
                    case Strong s -> inlines(s.content());
                    case Link l -> inlines(l.content());
                    default -> {
                        // Text, code and line breaks change nothing here.
                    }
                }
            }
        }
    }
}
