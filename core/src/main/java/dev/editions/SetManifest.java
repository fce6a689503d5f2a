package dev.editions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of one source's set of editions in an output folder, kept as {@code .editions/NAME.json}:
 * the files of the set with their sizes and SHA-256, the settings they were written with and whether
 * the set is in place ({@code complete}) or still being moved in from its staging folder
 * ({@code pending}). Files and settings are sorted so the same set gives the same bytes.
 *
 * @param name the base name of the editions, e.g. {@code report}
 * @param state whether the set is in place
 * @param staging the staging folder the pending set is moved from, beside the editions; null when complete
 * @param modified the modification date written into the editions (the pinned run date)
 * @param settings the formats and writer options of the run, by name
 * @param files the files of the set: the editions and their companion files
 * @param failed the formats asked for that could not be written; their earlier files are not part of the set
 */
record SetManifest(String name, State state, String staging, String modified, Map<String, String> settings,
        List<Entry> files, List<String> failed) {
    /** The version of the manifest's layout, written as {@code formatVersion}. */
    static final int FORMAT_VERSION = 1;

    /** Whether a set is being moved into place or is in place. */
    enum State {
        /** Every file is in the staging folder or already moved; the moves may not all have happened. */
        PENDING,
        /** Every file is in place. */
        COMPLETE
    }

    /**
     * One file of the set.
     *
     * @param file its path in the output folder, with {@code /} between folders
     * @param format the format id of the edition, or of the edition a companion file belongs to
     * @param companion whether the file is one an edition needs beside it (a picture) rather than the edition
     * @param size its size in bytes
     * @param sha256 its SHA-256 in lower-case hex
     */
    record Entry(String file, String format, boolean companion, long size, String sha256) {
        /** The same file with the size and SHA-256 given. */
        Entry with(long newSize, String newSha256) {
            return new Entry(file, format, companion, newSize, newSha256);
        }
    }

    /** Sorts the files and the failures and copies the settings in name order. */
    SetManifest {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        files = files.stream().sorted(Comparator.comparing(Entry::file)).toList();
        failed = failed.stream().sorted().toList();
    }

    /** The same set with another state and staging folder. */
    SetManifest in(State newState, String newStaging) {
        return new SetManifest(name, newState, newStaging, modified, settings, files, failed);
    }

    /** The entry for {@code file}, if the set has one. */
    Optional<Entry> entry(String file) {
        return files.stream().filter(e -> e.file().equals(file)).findFirst();
    }

    /** The files in the order they are moved into place: companion files first, so no edition points at a missing one. */
    List<Entry> moveOrder() {
        return files.stream().sorted(Comparator.comparing((Entry e) -> !e.companion()).thenComparing(Entry::file))
                .toList();
    }
}
