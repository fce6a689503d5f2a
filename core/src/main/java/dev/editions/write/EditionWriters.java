package dev.editions.write;

import dev.editions.EditionsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** The edition writers available on the class path, found with {@link ServiceLoader}. */
public final class EditionWriters {
    private final List<EditionWriter> writers;

    private EditionWriters(List<EditionWriter> writers) {
        List<EditionWriter> sorted = new ArrayList<>(writers);
        sorted.sort(Comparator.comparing(EditionWriter::format));
        this.writers = List.copyOf(sorted);
    }

    /** Every {@link EditionWriter} registered with {@link ServiceLoader}. */
    public static EditionWriters discover() {
        List<EditionWriter> found = new ArrayList<>();
        ServiceLoader.load(EditionWriter.class, EditionWriters.class.getClassLoader()).forEach(found::add);
        return new EditionWriters(found);
    }

    /** Exactly these writers. */
    public static EditionWriters of(List<EditionWriter> writers) {
        return new EditionWriters(writers);
    }

    /** The writers, sorted by format id. */
    public List<EditionWriter> all() {
        return writers;
    }

    /** The format ids available, sorted. */
    public List<String> formats() {
        return writers.stream().map(EditionWriter::format).toList();
    }

    /** Whether a writer for {@code format} is available. */
    public boolean has(String format) {
        return writers.stream().anyMatch(w -> w.format().equals(normalise(format)));
    }

    /**
     * The writer for {@code format} (case-insensitive; {@code markdown} is an alias of {@code md}).
     *
     * @throws EditionsException listing the formats present when none fits
     */
    public EditionWriter writer(String format) {
        String wanted = normalise(format);
        return writers.stream().filter(w -> w.format().equals(wanted)).findFirst()
                .orElseThrow(() -> EditionsException.of(null, "no writer for format '" + format + "'; "
                        + (writers.isEmpty() ? "no format modules are on the class path"
                                : "the formats available are " + String.join(", ", formats()))));
    }

    private static String normalise(String format) {
        String id = format.strip().toLowerCase(Locale.ROOT);
        return "markdown".equals(id) ? "md" : id;
    }
}
