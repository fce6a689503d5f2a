package dev.editions;

import dev.editions.write.WriteContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a run has written into its staging folder so far: the editions, their companion files and the failures. */
final class StagedSet {
    private final Staging staging;
    private final List<Publication.Edition> written = new ArrayList<>();
    private final List<Publication.Failure> failures = new ArrayList<>();
    private final Map<String, String> editions = new TreeMap<>();
    private final Map<String, String> companions = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    StagedSet(Staging staging) {
        this.staging = staging;
    }

    /** Adds the edition of {@code format} staged as {@code name}, for {@code target}, with its companion files. */
    void add(String format, String name, Path target, List<String> companionNames) {
        Path staged = RelativeName.resolve(staging.folder(), name);
        written.add(new Publication.Edition(format, target, OutputFiles.size(staged)));
        editions.put(name, format);
        companionNames.forEach(companion -> companions.putIfAbsent(companion, format));
    }

    /** The editions staged, in the order written. */
    List<Publication.Edition> written() {
        return written;
    }

    /** The editions that failed; the caller adds to it. */
    List<Publication.Failure> failures() {
        return failures;
    }

    /** How the run went, for the publication's notes; the caller adds to it. */
    List<String> notes() {
        return notes;
    }

    /** The names of the companion files staged so far. */
    Set<String> companions() {
        return companions.keySet();
    }

    /**
     * The pending manifest of the staged set, with each file's size and SHA-256 read from the staging
     * folder. The files of {@code previous} in formats this run did not ask for stay in the set while
     * they are unchanged, so publishing one format again does not drop the others from the record.
     */
    SetManifest manifest(String baseName, String stagingName, List<String> formats, WriteContext run, boolean strict,
            boolean allOrNothing, Optional<SetManifest> previous) {
        List<SetManifest.Entry> entries = new ArrayList<>();
        editions.forEach((name, format) -> entries.add(entry(name, format, false)));
        companions.forEach((name, format) -> entries.add(entry(name, format, true)));
        Path directory = staging.folder().getParent();
        previous.ifPresent(earlier -> earlier.files().stream()
                .filter(entry -> !formats.contains(entry.format()))
                .filter(entry -> entries.stream().noneMatch(e -> e.file().equals(entry.file())))
                .filter(entry -> FileDigest.matches(RelativeName.resolve(directory, entry.file()), entry))
                .forEach(entries::add));
        Map<String, String> settings = new TreeMap<>();
        settings.put("formats", String.join(",", formats));
        settings.put("strict", String.valueOf(strict));
        settings.put("allOrNothing", String.valueOf(allOrNothing));
        run.options().values().forEach((name, value) -> settings.put("option." + name, String.valueOf(value)));
        return new SetManifest(baseName, SetManifest.State.PENDING, stagingName, run.modified().toString(), settings,
                entries, failures.stream().map(Publication.Failure::format).toList());
    }

    private SetManifest.Entry entry(String name, String format, boolean companion) {
        Path staged = RelativeName.resolve(staging.folder(), name);
        try {
            return new SetManifest.Entry(name, format, companion, java.nio.file.Files.size(staged),
                    FileDigest.of(staged));
        } catch (IOException e) {
            throw EditionsException.of(RelativeName.resolve(staging.folder().getParent(), name).toString(),
                    "cannot be read back: " + OutputFiles.describe(e), e);
        }
    }
}
