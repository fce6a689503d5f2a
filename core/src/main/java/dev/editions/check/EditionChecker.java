package dev.editions.check;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks a written edition of one format. Implementations are stateless and thread-safe and are
 * registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.check.EditionChecker}.
 */
public interface EditionChecker {
    /** The format id of the editions this checker reads, e.g. {@code pdf}. */
    String format();

    /**
     * Checks {@code edition}.
     *
     * @return every problem found; empty when the edition passes
     * @throws dev.editions.EditionsException when the file cannot be read as this format at all
     */
    List<Finding> check(Path edition);
}
