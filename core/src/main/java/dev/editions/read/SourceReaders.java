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
        if (extension.isEmpty()) {
            refuseBareExtension(source);
        }
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

    /**
     * Refuses a file named only by an extension a reader knows ({@code .md}): it is no plain-text
     * file without an extension, and its editions would be hidden files such as {@code .md.pdf}.
     */
    private void refuseBareExtension(Source source) {
        String fileName = source.name().substring(source.name().lastIndexOf('/') + 1);
        String bare = fileName.startsWith(".") ? fileName.substring(1).toLowerCase(java.util.Locale.ROOT) : "";
        if (readers.stream().anyMatch(reader -> reader.extensions().contains(bare))) {
            throw EditionsException.of(source.name(), "the file is named only '" + fileName + "', with no name"
                    + " before the extension; rename it, e.g. report" + fileName + ", to name its editions");
        }
    }
}
