package dev.editions.write;

import dev.editions.model.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link Document} in one format. Implementations are stateless and thread-safe, have a
 * public no-argument constructor and are registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.write.EditionWriter} (or {@code provides} in a module).
 *
 * <p>A writer describes itself ({@link #descriptor()}), declares the options it reads
 * ({@link #options()}), and is a function of the document and its {@link WriteContext}: the same input
 * gives the same bytes. It reports content it cannot carry as a {@link dev.editions.EditionsException},
 * and content it carries with a change as a diagnostic in the context.
 */
public interface EditionWriter {
    /** What the writer is: format id, aliases, extension, media type, pagination and needs. */
    WriterDescriptor descriptor();

    /** The options the writer reads, which front ends offer as {@code --option NAME=VALUE}. */
    default List<OptionKey<?>> options() {
        return List.of();
    }

    /**
     * Writes the edition to {@code out}, which the caller owns and closes.
     *
     * @return what the writer learnt while writing, e.g. where pages break
     * @throws IOException when {@code out} fails
     */
    EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException;
}
