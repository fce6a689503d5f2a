package dev.editions.cli;

import dev.editions.Editions;
import dev.editions.UpToDate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
    /**
     * The version and the build of the command and of the core it runs, so that editions written by
     * another build are not taken as up to date.
     */
    static String build() {
        String build = UpToDate.buildOf(VersionProvider.class, Editions.class);
        try {
            return new VersionProvider().getVersion()[0] + " " + build;
        } catch (IOException e) {
            return "unknown version " + build;
        }
    }

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"editions " + properties.getProperty("version", "(unknown version)"),
            "Java " + Runtime.version()};
    }
}
