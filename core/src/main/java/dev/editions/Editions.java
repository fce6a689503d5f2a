package dev.editions;

import dev.editions.check.ConformanceReport;
import dev.editions.check.Verifier;
import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.read.ReadOptions;
import dev.editions.read.Source;
import dev.editions.read.SourceReader;
import dev.editions.read.SourceReaders;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The entry point: reads reports and publishes their editions.
 *
 * <pre>{@code
 * Editions.read(Path.of("report.txt")).normalise().publish(Path.of("out"), "pdf", "epub");
 * }</pre>
 *
 * <p>An instance holds the readers, writers, normaliser and edition options to use; it is immutable
 * and thread-safe, so one instance can serve many threads.
 */
public final class Editions {
    private final SourceReaders readers;
    private final EditionWriters writers;
    private final Normaliser normaliser;
    private final EditionOptions options;
    private final boolean strict;
    private final boolean allOrNothing;
    private final Clock clock;
    private final ReadOptions readOptions;
    private final int threads;

    private Editions(SourceReaders readers, EditionWriters writers, Normaliser normaliser, EditionOptions options,
            boolean strict, boolean allOrNothing, Clock clock, ReadOptions readOptions, int threads) {
        this.readOptions = readOptions;
        this.threads = threads;
        this.readers = readers;
        this.writers = writers;
        this.normaliser = normaliser;
        this.options = options;
        this.strict = strict;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    /** An instance with every reader and writer on the class path, the standard normaliser and default options. */
    public static Editions create() {
        return new Editions(SourceReaders.discover(), EditionWriters.discover(), Normaliser.standard(),
                EditionOptions.defaults(), false, false, Clock.systemUTC(), ReadOptions.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Reads {@code file} with a default instance; shorthand for {@code create().open(file)}. */
    public static Draft read(Path file) {
        return create().open(file);
    }

    /** A copy using another normaliser. */
    public Editions withNormaliser(Normaliser newNormaliser) {
        return new Editions(readers, writers, Objects.requireNonNull(newNormaliser, "normaliser"), options,
                strict, allOrNothing, clock, readOptions, threads);
    }

    /** A copy using other edition options. */
    public Editions withOptions(EditionOptions newOptions) {
        return new Editions(readers, writers, normaliser, Objects.requireNonNull(newOptions, "options"),
                strict, allOrNothing, clock, readOptions, threads);
    }

    /** A copy using other writers. */
    public Editions withWriters(EditionWriters newWriters) {
        return new Editions(readers, Objects.requireNonNull(newWriters, "writers"), normaliser, options,
                strict, allOrNothing, clock, readOptions, threads);
    }

    /** A copy using other readers. */
    public Editions withReaders(SourceReaders newReaders) {
        return new Editions(Objects.requireNonNull(newReaders, "readers"), writers, normaliser, options,
                strict, allOrNothing, clock, readOptions, threads);
    }

    /**
     * A copy that refuses, in strict mode, any report with diagnostics (a dead link, an unsupported
     * tag) instead of publishing it with warnings.
     */
    public Editions strict(boolean newStrict) {
        return new Editions(readers, writers, normaliser, options, newStrict, allOrNothing, clock, readOptions,
                threads);
    }

    /**
     * A copy that, in all-or-nothing mode, writes no edition of a report when any of its editions
     * fails; by default the editions that can be written are, and the failures are reported.
     */
    public Editions allOrNothing(boolean newAllOrNothing) {
        return new Editions(readers, writers, normaliser, options, strict, newAllOrNothing, clock, readOptions,
                threads);
    }

    /**
     * A copy that writes a report's editions on up to {@code newThreads} threads at once (the editions
     * that need another's page map after it); 1 writes them one after another. The editions are the
     * same bytes either way. The default is the number of processors.
     */
    public Editions threads(int newThreads) {
        if (newThreads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + newThreads);
        }
        return new Editions(readers, writers, normaliser, options, strict, allOrNothing, clock, readOptions,
                newThreads);
    }

    /** How many of a report's editions are written at once, at most. */
    public int threads() {
        return threads;
    }

    /**
     * A copy whose editions, when no fixed timestamp is set, record the time of {@code newClock} as
     * their modification date.
     */
    public Editions withClock(Clock newClock) {
        return new Editions(readers, writers, normaliser, options, strict, allOrNothing,
                Objects.requireNonNull(newClock, "clock"), readOptions, threads);
    }

    /** A copy whose readers work within {@code newReadOptions} (the most pixels a picture may have). */
    public Editions withReadOptions(ReadOptions newReadOptions) {
        return new Editions(readers, writers, normaliser, options, strict, allOrNothing, clock,
                Objects.requireNonNull(newReadOptions, "read options"), threads);
    }

    /**
     * Reads a report file with the reader for its extension.
     *
     * @throws EditionsException naming the file (and line or byte) when it cannot be read
     */
    public Draft open(Path file) {
        return open(Source.of(file));
    }

    /**
     * Reads a report held in memory.
     *
     * @throws EditionsException naming the source (and line or byte) when it cannot be read
     */
    public Draft open(Source source) {
        SourceReader reader = readers.readerFor(source);
        Diagnostics diagnostics = new Diagnostics(source.name());
        Document document;
        try {
            document = reader.read(source, diagnostics, readOptions);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw MemoryLimits.exhausted(source.name(), "reading", e);
        }
        return new Draft(this, source, reader.kind(), document, List.of(), diagnostics.list());
    }

    /**
     * Checks written editions with every checker on the class path (the validators of
     * {@code editions-verify} when it is there, else the checkers the formats bring) and a default
     * instance; shorthand for {@code create().verifyEditions(List.of(editions))}.
     *
     * @param editions edition files, or folders whose edition files are all checked
     */
    public static ConformanceReport verify(Path... editions) {
        return create().verifyEditions(List.of(editions));
    }

    /**
     * Checks written editions with every checker on the class path; the report is dated by the fixed
     * timestamp ({@code SOURCE_DATE_EPOCH}) when set, else by this instance's clock.
     *
     * @throws EditionsException when a path does not exist or a file is of no known format
     */
    public ConformanceReport verifyEditions(List<Path> editions) {
        return verifyEditions(editions, java.util.Map.of());
    }

    /**
     * Checks written editions as {@link #verifyEditions(List)} does, also comparing each edition's text
     * with the document it was written from where {@code models} has it (as {@code publish --verify}
     * does with the documents it has just published).
     */
    public ConformanceReport verifyEditions(List<Path> editions, java.util.Map<Path, Document> models) {
        return Verifier.discover(writers, "Editions " + version())
                .verify(editions, options.timestamp().orElseGet(clock::instant), models);
    }

    /** This library's version, e.g. {@code 1.0.0}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Editions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown version)");
    }

    /** The formats that can be published, sorted. */
    public List<String> formats() {
        return writers.formats();
    }

    /** The writers. */
    public EditionWriters writers() {
        return writers;
    }

    /** The normaliser. */
    public Normaliser normaliser() {
        return normaliser;
    }

    /** Whether diagnostics refuse a report. */
    public boolean isStrict() {
        return strict;
    }

    /** Whether one failing edition stops all of a report's editions. */
    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    /** The clock that dates editions when no fixed timestamp is set. */
    public Clock clock() {
        return clock;
    }

    /** The limits readers work within. */
    public ReadOptions readOptions() {
        return readOptions;
    }

    /** The edition options. */
    public EditionOptions options() {
        return options;
    }
}
