package dev.editions.check;

import dev.editions.model.Document;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a written edition of one format. Implementations are stateless and thread-safe and are
 * registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.editions.check.EditionChecker}.
 *
 * <p>A checker is either a validator of a standard (veraPDF, EPUBCheck, the OOXML schemas) or a set
 * of rules of its own; {@link #name()}, {@link #version()} and {@link #profile()} say which, for the
 * conformance report.
 */
public interface EditionChecker {
    /** The format id of the editions this checker reads, e.g. {@code pdf}. */
    String format();

    /** The checker's name as a reader of the conformance report knows it, e.g. {@code veraPDF}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The version of the checker or of the validator it runs; empty when unknown. */
    default String version() {
        String version = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }

    /** What the edition is checked against, e.g. {@code PDF/UA-1}; by default the checker's own rules. */
    default String profile() {
        return "rules";
    }

    /**
     * Checks {@code edition}.
     *
     * @return every problem found; empty when the edition passes
     * @throws dev.editions.EditionsException when the file cannot be read as this format at all
     */
    List<Finding> check(Path edition);

    /**
     * Checks {@code edition} and describes the run: how many checks ran when the checker counts them,
     * or that it could not run (a tool missing from the machine).
     */
    default CheckResult run(Path edition) {
        return CheckResult.of(this, -1, check(edition));
    }

    /**
     * Checks {@code edition} knowing the document it was written from, so a checker can compare the
     * edition's text with the model's; by default the model is not used.
     */
    default CheckResult run(Path edition, Document model) {
        return run(edition);
    }
}
