package dev.editions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The main Java sources of every module of the build, read by the tests that check rules across modules. */
final class BuildSources {
    /** The build's root folder, the parent of core. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private BuildSources() {
    }

    /** Every {@code src/main/java} source file of the build, sorted. */
    static List<Path> main() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                String relative = "/" + ROOT.relativize(p).toString().replace('\\', '/');
                return relative.contains("/src/main/java/") && !relative.contains("/target/")
                        && !relative.contains("/.");
            }).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The module folder a source belongs to, e.g. {@code formats/pdf}. */
    static String moduleOf(Path source) {
        String relative = ROOT.relativize(source).toString().replace('\\', '/');
        return relative.substring(0, relative.indexOf("/src/main/java/"));
    }
}
