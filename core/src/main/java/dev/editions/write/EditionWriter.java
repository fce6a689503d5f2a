package dev.editions.write;

import dev.editions.model.Document;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Document} in one format. Implementations are stateless and thread-safe, have a
 * public no-argument constructor and are registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.write.EditionWriter}.
 *
 * <p>A writer is a function of the document and the options alone: the same input gives the same
 * bytes. It reports bad content (a character no font can show, say) as a
 * {@link dev.editions.EditionsException}.
 */
public interface EditionWriter {
    /** The format id users ask for, e.g. {@code pdf}, {@code docx}, {@code epub}, {@code md}. */
    String format();

    /** The file extension of the edition, without a dot. */
    String extension();

    /** The media type of the edition, e.g. {@code application/pdf}. */
    String mediaType();

    /**
     * Writes the edition to {@code out}, which the caller owns and closes.
     *
     * @return what the writer learnt while writing, e.g. where pages break
     * @throws IOException when {@code out} fails
     */
    EditionReport write(Document document, OutputStream out, EditionOptions options) throws IOException;
}
