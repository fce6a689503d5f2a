package dev.editions.cli;

import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A checker added through the SPI, as a publisher's own house rule would be: it fails an EPUB whose
 * package names the title word {@code Unfinished}, so tests can see what a failed EPUB check does to
 * a run.
 */
public final class TitleMarkerChecker implements EditionChecker {
    /** The word in a title that fails the check. */
    static final String MARKER = "Unfinished";

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String name() {
        return "house rules";
    }

    @Override
    public List<Finding> check(Path edition) {
        try (ZipFile zip = new ZipFile(edition.toFile())) {
            String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(),
                    StandardCharsets.UTF_8);
            return opf.contains(">" + MARKER) ? List.of(new Finding("house.unfinished", "EPUB/package.opf",
                    "the title says the report is unfinished")) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
