package dev.editions.read;

import dev.editions.model.Document;
import java.util.Set;

/**
 * Reads one kind of source into a raw {@link Document}. Implementations are stateless and
 * thread-safe and are registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.read.SourceReader}.
 */
public interface SourceReader {
    /** A short name for messages, e.g. {@code plain text}. */
    String name();

    /** The file extensions this reader takes, in lower case without a dot. */
    Set<String> extensions();

    /** The kind of source, which decides the normaliser stages that apply. */
    SourceKind kind();

    /**
     * Reads {@code source}.
     *
     * @throws dev.editions.EditionsException naming the source and the place when it cannot be read
     */
    Document read(Source source);
}
