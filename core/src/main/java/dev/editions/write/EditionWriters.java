package dev.editions.write;

import dev.editions.EditionsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The edition writers available, found with {@link ServiceLoader} or given, and the options they declare. */
public final class EditionWriters {
    private final List<EditionWriter> writers;
    private final Map<String, OptionKey<?>> options;

    private EditionWriters(List<EditionWriter> writers) {
        List<EditionWriter> sorted = new ArrayList<>(writers);
        sorted.sort(Comparator.comparing(writer -> writer.descriptor().id()));
        this.writers = List.copyOf(sorted);
        Map<String, OptionKey<?>> declared = new LinkedHashMap<>();
        for (EditionWriter writer : this.writers) {
            for (OptionKey<?> key : writer.options()) {
                OptionKey<?> earlier = declared.putIfAbsent(key.name(), key);
                if (earlier != null && earlier != key) {
                    throw new IllegalStateException("two writers declare different options named '" + key.name() + "'");
                }
            }
        }
        this.options = Map.copyOf(declared);
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
        return writers.stream().map(writer -> writer.descriptor().id()).toList();
    }

    /**
     * The writer for {@code format}, its id or an alias (case-insensitive).
     *
     * @throws EditionsException listing the formats present when none fits
     */
    public EditionWriter writer(String format) {
        return writers.stream().filter(w -> w.descriptor().answersTo(format)).findFirst()
                .orElseThrow(() -> EditionsException.of(null, "no writer for format '" + format + "'; "
                        + (writers.isEmpty() ? "no format modules are on the class path"
                                : "the formats available are " + String.join(", ", formats()))));
    }

    /** Every option the writers declare, sorted by name. */
    public List<OptionKey<?>> options() {
        return options.values().stream().sorted(Comparator.comparing(OptionKey::name)).toList();
    }

    /** The option named {@code name}, if a writer declares it. */
    public Optional<OptionKey<?>> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * The writers for {@code formats}, each once, in the order they must run: writers that paginate
     * first, then those that need nothing, then those that need a page map; the order asked for
     * otherwise.
     *
     * @throws EditionsException when a format is unknown
     */
    public List<EditionWriter> inRunOrder(List<String> formats) {
        Map<String, EditionWriter> chosen = new LinkedHashMap<>();
        for (String format : formats) {
            EditionWriter writer = writer(format);
            chosen.putIfAbsent(writer.descriptor().id(), writer);
        }
        List<EditionWriter> order = new ArrayList<>(chosen.values());
        order.sort(Comparator.comparingInt(EditionWriters::rank));
        return order;
    }

    private static int rank(EditionWriter writer) {
        WriterDescriptor descriptor = writer.descriptor();
        if (descriptor.paginates()) {
            return 0;
        }
        return descriptor.needs().contains(WriterDescriptor.Need.PAGE_MAP) ? 2 : 1;
    }
}
