package dev.editions;

import dev.editions.read.Source;
import dev.editions.write.EditionWriters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides whether a source's editions need writing again: they do unless every edition exists, is
 * newer than the source and every file beside it that it may use (pictures), and was written with the
 * same configuration (recorded beside the editions, in {@code .editions/NAME.configuration}). The
 * Maven plugin and the command's folder runs share the rule.
 */
public final class UpToDate {
    private final Path outputDirectory;
    private final String fingerprint;
    private final SourceInputs inputs;

    /**
     * The rule for editions in {@code outputDirectory} written with the configuration
     * {@code fingerprint} (e.g. {@link PublishSettings#fingerprint()} and the program's version),
     * looking at the files beside each source afresh at every check.
     */
    public UpToDate(Path outputDirectory, String fingerprint) {
        this(outputDirectory, fingerprint, null);
    }

    /**
     * The same rule, sharing {@code inputs} (one per run) so that a folder holding many sources is
     * walked once; {@code null} looks afresh at every check.
     */
    public UpToDate(Path outputDirectory, String fingerprint, SourceInputs inputs) {
        this.outputDirectory = outputDirectory;
        this.fingerprint = fingerprint;
        this.inputs = inputs;
    }

    /** The edition files {@code source} gives in {@code formats}, in the order they are written. */
    public List<Path> targets(Path source, EditionWriters writers, List<String> formats) {
        return Publisher.targets(writers.inRunOrder(formats), outputDirectory,
                Source.baseNameOf(source.getFileName().toString()));
    }

    /**
     * The build of the code {@code types} come from: the size and modification time of each one's jar
     * or class folder, for a fingerprint that changes when a snapshot is rebuilt or upgraded.
     */
    public static String buildOf(Class<?>... types) {
        StringBuilder build = new StringBuilder();
        for (Class<?> type : types) {
            build.append(build.isEmpty() ? "" : " ").append(locationStamp(type));
        }
        return build.toString();
    }

    private static String locationStamp(Class<?> type) {
        try {
            java.security.CodeSource code = type.getProtectionDomain().getCodeSource();
            if (code == null) {
                return "unknown";
            }
            Path location = Path.of(code.getLocation().toURI());
            return Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
        } catch (java.net.URISyntaxException | IOException | SecurityException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** Whether {@code targets} are all present, newer than {@code source} and written with this configuration. */
    public boolean isCurrent(Path source, List<Path> targets) {
        try {
            Path record = recordOf(source);
            if (!Files.isRegularFile(record) || !Files.readString(record, StandardCharsets.UTF_8).equals(fingerprint)) {
                return false;
            }
            long sourceTime = (inputs == null ? new SourceInputs() : inputs).newestModification(source, outputDirectory);
            for (Path target : targets) {
                if (!Files.isRegularFile(target) || Files.getLastModifiedTime(target).toMillis() < sourceTime) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that {@code source} was published with this configuration. */
    public void record(Path source) throws IOException {
        Path record = recordOf(source);
        Files.createDirectories(record.getParent());
        Files.writeString(record, fingerprint, StandardCharsets.UTF_8);
    }

    private Path recordOf(Path source) {
        String base = Source.baseNameOf(source.getFileName().toString());
        return outputDirectory.resolve(".editions").resolve(base + ".configuration");
    }
}
