package dev.editions.cli;

import dev.editions.read.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample report embedded in the command's jar, published when no source is given. */
final class BundledSample {
    static final String NAME = "defining-dialogue.txt";

    private BundledSample() {
    }

    static Source source() {
        try (InputStream in = BundledSample.class.getResourceAsStream("sample/" + NAME)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample report is missing from the jar");
            }
            return Source.of(NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
