package dev.editions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
    /**
     * The version and the build of the command: the size and time of the jar or folder it runs from,
     * so that editions written by another build are not taken as up to date.
     */
    static String build() {
        String where;
        try {
            java.nio.file.Path location = java.nio.file.Path.of(
                    VersionProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            where = java.nio.file.Files.size(location) + "@" + java.nio.file.Files.getLastModifiedTime(location);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            where = "unknown build";
        }
        try {
            return new VersionProvider().getVersion()[0] + " " + where;
        } catch (IOException e) {
            return "unknown version " + where;
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
