package dev.editions.read;

import dev.editions.EditionsException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** The source readers available: the built-in plain-text reader and those found on the class path. */
public final class SourceReaders {
    private final List<SourceReader> readers;

    private SourceReaders(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The plain-text reader plus every {@link SourceReader} registered with {@link ServiceLoader}. */
    public static SourceReaders discover() {
        List<SourceReader> found = new ArrayList<>();
        found.add(new PlainTextReader());
        ServiceLoader.load(SourceReader.class, SourceReaders.class.getClassLoader()).forEach(found::add);
        return new SourceReaders(found);
    }

    /** Exactly these readers. */
    public static SourceReaders of(List<SourceReader> readers) {
        return new SourceReaders(readers);
    }

    /** The readers, in discovery order. */
    public List<SourceReader> all() {
        return readers;
    }

    /**
     * The reader for {@code source}, chosen by its extension; a name without an extension is read as
     * plain text.
     *
     * @throws EditionsException listing the extensions that can be read when none fits
     */
    public SourceReader readerFor(Source source) {
        String extension = source.extension();
        for (SourceReader reader : readers) {
            if (extension.isEmpty() ? reader.kind() == SourceKind.PLAIN_TEXT : reader.extensions().contains(extension)) {
                return reader;
            }
        }
        TreeSet<String> known = new TreeSet<>();
        readers.forEach(r -> known.addAll(r.extensions()));
        throw EditionsException.of(source.name(), "cannot read '." + extension + "' files; Editions reads ."
                + String.join(", .", known));
    }
}
