package dev.editions.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of the validators this module was built with, as the conformance report names them. */
final class Versions {
    private static final Properties VERSIONS = load();

    private Versions() {
    }

    /** The version of {@code validator}, e.g. {@code veraPDF}; empty when unknown. */
    static String of(String validator) {
        return VERSIONS.getProperty(validator, "");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
