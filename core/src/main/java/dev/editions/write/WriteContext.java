package dev.editions.write;

import dev.editions.Diagnostics;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link EditionWriter#write} call gets besides the document: the options, the page map of a
 * paginated edition written earlier in the same run, the modification time of the run, and where to
 * report problems in the content, and where to put the files the edition needs beside it. Immutable apart
 * from the diagnostics collector and the companion files.
 */
public final class WriteContext {
    private final EditionOptions options;
    private final PageMap pageMap;
    private final Instant modified;
    private final Diagnostics diagnostics;
    private final CompanionFiles companions;
    private final SourceLines sourceLines;

    private WriteContext(EditionOptions options, PageMap pageMap, Instant modified, Diagnostics diagnostics,
            CompanionFiles companions, SourceLines sourceLines) {
        this.options = Objects.requireNonNull(options, "options");
        this.pageMap = pageMap;
        this.modified = Objects.requireNonNull(modified, "modified");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.companions = Objects.requireNonNull(companions, "companions");
        this.sourceLines = Objects.requireNonNull(sourceLines, "sourceLines");
    }

    /**
     * A context for one run: the options, the time editions record as their modification date, and the
     * collector of diagnostics about {@code diagnostics.source()}.
     */
    public static WriteContext of(EditionOptions options, Instant modified, Diagnostics diagnostics) {
        return new WriteContext(options, null, modified, diagnostics, new CompanionFiles(), SourceLines.NONE);
    }

    /** A context with options and a fixed date, collecting diagnostics about {@code source}; for tools and tests. */
    public static WriteContext of(EditionOptions options, String source) {
        return of(options, options.timestamp().orElse(EditionOptions.FALLBACK_TIMESTAMP), new Diagnostics(source));
    }

    /** A copy carrying the page map of a paginated edition of the same run. */
    public WriteContext withPageMap(PageMap pages) {
        return new WriteContext(options, Objects.requireNonNull(pages, "pages"), modified, diagnostics, companions,
                sourceLines);
    }

    /** A copy with an empty set of companion files, for the next edition of a run. */
    public WriteContext withNewCompanions() {
        return new WriteContext(options, pageMap, modified, diagnostics, new CompanionFiles(), sourceLines);
    }

    /** A copy that can tell on which line of the source a character is. */
    public WriteContext withSourceLines(SourceLines lines) {
        return new WriteContext(options, pageMap, modified, diagnostics, companions, lines);
    }

    /** Where characters are in the source, for messages; {@link SourceLines#NONE} when unknown. */
    public SourceLines sourceLines() {
        return sourceLines;
    }

    /** The options. */
    public EditionOptions options() {
        return options;
    }

    /** The value of a writer's option: the one set, else the option's default. */
    public <T> T option(OptionKey<T> key) {
        return options.get(key);
    }

    /** The page map, if a paginated edition was written before in the same run. */
    public Optional<PageMap> pageMap() {
        return Optional.ofNullable(pageMap);
    }

    /** The modification time editions record: the same for every edition of a run. */
    public Instant modified() {
        return modified;
    }

    /**
     * Where the writer puts the files its edition needs beside it (pictures a Markdown edition links
     * to); they are published together with the edition.
     */
    public CompanionFiles companions() {
        return companions;
    }

    /** Where to report problems found in the content while writing. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
