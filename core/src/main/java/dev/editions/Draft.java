package dev.editions;

import dev.editions.model.Document;
import dev.editions.model.LanguageTag;
import dev.editions.normalise.DedupeSummary;
import dev.editions.normalise.NormaliseResult;
import dev.editions.normalise.Normaliser;
import dev.editions.normalise.StageReport;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.text.Furniture;
import dev.editions.write.SourceLines;
import dev.editions.write.WriteContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A report that has been read: its document, where it came from, what normalising changed, and the
 * diagnostics about its content. Immutable: {@link #normalise()} returns a new draft.
 */
public final class Draft {
    private final Editions editions;
    private final Source source;
    private final SourceKind kind;
    private final Document document;
    private final List<StageReport> reports;
    private final List<Diagnostic> diagnostics;

    Draft(Editions editions, Source source, SourceKind kind, Document document, List<StageReport> reports,
            List<Diagnostic> diagnostics) {
        this.editions = editions;
        this.source = source;
        this.kind = kind;
        this.document = document;
        this.reports = List.copyOf(reports);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The document as it stands. */
    public Document document() {
        return document;
    }

    /** The source it was read from. */
    public Source source() {
        return source;
    }

    /** The kind of source, which decides the normaliser stages that apply. */
    public SourceKind kind() {
        return kind;
    }

    /** What each normaliser stage changed; empty before {@link #normalise()}. */
    public List<StageReport> reports() {
        return reports;
    }

    /** The problems found in the content so far, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The number of repeated paragraphs the {@code dedupe} stage removed; 0 before {@link #normalise()}. */
    public int removedRepeats() {
        return DedupeSummary.removedRepeats(document);
    }

    /**
     * What the {@code dedupe} stage removed, with the line to show the user: {@code report.txt:
     * removed 4 repeated paragraphs; 'editions inspect report.txt' lists them}. Named after the
     * source as read; to name it as the user typed it, use {@code new DedupeSummary(name,
     * removedRepeats())}. Show it only when {@link DedupeSummary#removedAny()}.
     */
    public DedupeSummary dedupeSummary() {
        return new DedupeSummary(source.name(), removedRepeats());
    }

    /** Normalises the document with the instance's normaliser. */
    public Draft normalise() {
        return normalise(editions.normaliser());
    }

    /** Normalises the document with {@code normaliser}. */
    public Draft normalise(Normaliser normaliser) {
        Objects.requireNonNull(normaliser, "normaliser");
        NormaliseResult result;
        try {
            result = normaliser.normalise(document, kind);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw MemoryLimits.exhausted(source.name(), "normalising", e);
        }
        return new Draft(editions, source, kind, result.document(), result.reports(), diagnostics);
    }

    /** A draft of another document from the same source, e.g. after changing its metadata. */
    public Draft withDocument(Document newDocument) {
        return new Draft(editions, source, kind, Objects.requireNonNull(newDocument, "document"), reports,
                diagnostics);
    }

    /**
     * The files {@link #publish(Path, String...)} would write into {@code directory} for
     * {@code formats} (every available format when none is given), in the order they are written.
     */
    public List<Path> targets(Path directory, String... formats) {
        List<String> wanted = formats.length == 0 ? editions.formats() : List.of(formats);
        return Publisher.targets(editions.writers().inRunOrder(wanted), directory, source.baseName());
    }

    /** A draft with {@code more} diagnostics after those found so far. */
    Draft withMoreDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new Draft(editions, source, kind, document, reports, all);
    }

    /**
     * Writes the editions in {@code formats} (all available formats when none is given) into
     * {@code directory}, named after the source ({@code report.pdf}, {@code report.epub}, …).
     *
     * <p>The editions replace the source's earlier editions as a set: every target is checked before
     * any writer runs, every edition (and the files it needs beside it) is written into a staging
     * folder in {@code directory} and flushed to disk, and once every writer has run the editions
     * written are listed in a pending manifest ({@code .editions/NAME.json}), moved into place, and the
     * manifest is marked complete. A run interrupted by a crash is rolled forward or back by the next
     * publication of the same name into that folder, which reports it as a diagnostic with the code
     * {@code output.recovered}. An edition that fails is reported in the publication and leaves
     * nothing behind; the others are still written, unless the instance is all or nothing
     * ({@link Editions#allOrNothing(boolean)}), where the first failure is thrown and nothing is
     * moved. When no edition could be written the failure is thrown. In strict mode
     * ({@link Editions#strict(boolean)}) any diagnostic refuses the set, before or after writing.
     *
     * @throws EditionsException when a format is unknown, no edition (or, all or nothing, any edition)
     *     can be written, a target cannot be replaced, or a strict run has diagnostics
     */
    public Publication publish(Path directory, String... formats) {
        List<String> wanted = formats.length == 0 ? editions.formats() : List.of(formats);
        if (editions.isStrict() && !diagnostics.isEmpty()) {
            throw Strictness.refusal(source.name(), diagnostics);
        }
        Diagnostics collected = new Diagnostics(source.name());
        collected.addAll(diagnostics);
        String language = document.metadata().language();
        if (language == null || language.isBlank() || LanguageTag.UNDETERMINED.equals(language)) {
            collected.warn("language.unknown", "the report's language could not be told from its text, so the"
                    + " editions declare it undetermined ('und'); give it with --language or 'language:' in the"
                    + " front matter");
        } else if (!List.of("zxx", "mul").contains(language) && !Furniture.of(language).translated()) {
            collected.warn("furniture.english", "the words the editions add (contents, page numbers, labels) are in"
                    + " English: there are none for the report's language '" + language + "'");
        }
        Instant modified = editions.options().timestamp()
                .orElseGet(() -> editions.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        WriteContext context = WriteContext.of(editions.options(), modified, collected)
                .withSourceLines(SourceLines.of(source::text));
        return new Publisher(editions.writers(), editions.isStrict(), editions.isAllOrNothing(), editions.threads())
                .publish(document, source.path().orElse(null), source.baseName(), directory, wanted, context);
    }
}
