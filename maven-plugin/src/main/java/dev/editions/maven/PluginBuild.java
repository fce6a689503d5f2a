package dev.editions.maven;

import dev.editions.Editions;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Identifies the build of the plugin and of Editions it runs, so that editions written by another
 * build (a snapshot rebuilt, an upgrade) are not taken as up to date.
 */
final class PluginBuild {
    private PluginBuild() {
    }

    /** The size and modification time of the plugin's and the core's jars or class folders. */
    static String identity() {
        return of(PublishMojo.class) + " " + of(Editions.class);
    }

    private static String of(Class<?> type) {
        try {
            CodeSource code = type.getProtectionDomain().getCodeSource();
            if (code == null) {
                return "unknown";
            }
            Path location = Path.of(code.getLocation().toURI());
            return Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
        } catch (URISyntaxException | java.io.IOException | SecurityException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
