package dev.editions.read;

import dev.editions.Diagnostics;
import dev.editions.model.Document;
import java.util.Set;

/**
 * Reads one kind of source into a raw {@link Document}. Implementations are stateless and
 * thread-safe and are registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.read.SourceReader} (or {@code provides} in a module).
 */
public interface SourceReader {
    /** The file extensions this reader takes, in lower case without a dot. */
    Set<String> extensions();

    /** The kind of source, which decides the normaliser stages that apply. */
    SourceKind kind();

    /**
     * Reads {@code source}, reporting content it keeps with a change (an unsupported tag, a dead link)
     * to {@code diagnostics}.
     *
     * @throws dev.editions.EditionsException naming the source and the place when it cannot be read
     */
    Document read(Source source, Diagnostics diagnostics);

    /**
     * Reads {@code source} within the limits of {@code options} (the most pixels a picture may have);
     * a reader with nothing to limit reads as {@link #read(Source, Diagnostics)} does.
     *
     * @throws dev.editions.EditionsException naming the source and the place when it cannot be read
     */
    default Document read(Source source, Diagnostics diagnostics, ReadOptions options) {
        return read(source, diagnostics);
    }

    /**
     * Reads {@code source} where its diagnostics are not wanted (a quick look, a test); publishing
     * goes through {@link dev.editions.Editions}, which keeps them.
     *
     * @throws dev.editions.EditionsException naming the source and the place when it cannot be read
     */
    default Document read(Source source) {
        return read(source, new Diagnostics(source.name()));
    }
}
