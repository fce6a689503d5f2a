package dev.editions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings one source's set back to a whole state before a run changes it, and moves a staged set into
 * place. A run that was killed before its pending manifest was written left only a staging folder:
 * it is removed and the earlier set stays (rolled back). A run killed after it left a pending
 * manifest whose files are all in the staging folder or already in place: the remaining moves are
 * made (rolled forward); should a file be missing, the staging folder is removed instead. A
 * manifest that no longer matches the files in place is written anew. Each of these is reported
 * as one warning.
 */
final class SetRecovery {
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\.editions-[0-9a-f]{12}\\.tmp");
    private static final Duration STALE = Duration.ofMinutes(10);

    private SetRecovery() {
    }

    /** Recovers the locked set; returns a warning for each thing it found and did, for the source's name. */
    static List<String> recover(SetLock lock) {
        List<String> warnings = new ArrayList<>();
        Path directory = lock.directory();
        Optional<SetManifest> found;
        try {
            found = ManifestFile.read(lock);
        } catch (IOException e) {
            warnings.add(lock.manifest() + " cannot be read (" + e.getMessage() + "); it is written anew");
            ManifestFile.remove(lock);
            found = Optional.empty();
        }
        Optional<String> recorded = lock.recordedStaging();
        String pendingStaging = null;
        if (found.isPresent() && found.get().state() == SetManifest.State.PENDING) {
            SetManifest pending = found.get();
            pendingStaging = pending.staging();
            Path staging = directory.resolve(pending.staging());
            if (Staging.isStagingName(pending.staging()) && allThere(pending, directory, staging)) {
                moveIn(lock, pending, staging);
                warnings.add("an interrupted run left the editions in " + directory
                        + " partly replaced; rolled forward to its complete set");
            } else {
                Staging.delete(staging);
                recordPresent(lock, pending);
                warnings.add("an interrupted run left an incomplete set in " + staging
                        + "; rolled back to the earlier editions");
            }
        } else if (found.isPresent()) {
            List<String> changed = found.get().files().stream()
                    .filter(entry -> !FileDigest.matches(RelativeName.resolve(directory, entry.file()), entry))
                    .map(SetManifest.Entry::file).toList();
            if (!changed.isEmpty()) {
                recordPresent(lock, found.get());
                warnings.add(directory.resolve(changed.get(0)) + (changed.size() > 1 ? " and " + (changed.size() - 1)
                        + " more files" : "") + " no longer match " + lock.manifest() + "; recorded the set anew");
            }
        }
        if (recorded.isPresent() && !recorded.get().equals(pendingStaging)) {
            Path staging = directory.resolve(recorded.get());
            if (Staging.exists(staging)) {
                Staging.delete(staging);
                OutputFiles.syncFolder(directory);
                warnings.add("an interrupted run left an incomplete set in " + staging
                        + "; rolled back to the earlier editions");
            }
        }
        if (recorded.isPresent()) {
            lock.recordStaging(null);
        }
        OutputFiles.deleteQuietly(lock.manifestDraft());
        int removed = removeOldTemporaries(directory, found);
        if (removed > 0) {
            warnings.add("removed " + removed + (removed == 1 ? " temporary file" : " temporary files")
                    + " an interrupted run left in " + directory);
        }
        return warnings;
    }

    /**
     * Moves each file of {@code manifest} still in {@code staging} into place (companion files
     * first), flushes the folders, records the set as complete and removes the staging folder.
     *
     * @throws EditionsException when a file cannot be moved; the pending manifest stays for the next run
     */
    static void moveIn(SetLock lock, SetManifest manifest, Path staging) {
        Path directory = lock.directory();
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(directory);
        for (SetManifest.Entry entry : manifest.moveOrder()) {
            Path staged = RelativeName.resolve(staging, entry.file());
            Path target = RelativeName.resolve(directory, entry.file());
            folders.add(target.getParent());
            if (Staging.isFile(staged)) {
                CrashPoints.reach("before moving " + entry.file());
                Staging.move(staged, target);
            }
        }
        folders.forEach(OutputFiles::syncFolder);
        CrashPoints.reach("moves flushed");
        ManifestFile.write(lock, manifest.in(SetManifest.State.COMPLETE, null));
        CrashPoints.reach("complete manifest written");
        Staging.delete(staging);
        OutputFiles.syncFolder(directory);
        CrashPoints.reach("staging folder removed");
    }

    /** Whether every file of the pending set is staged intact or already in place. */
    private static boolean allThere(SetManifest pending, Path directory, Path staging) {
        for (SetManifest.Entry entry : pending.files()) {
            if (!FileDigest.matches(RelativeName.resolve(staging, entry.file()), entry)
                    && !FileDigest.matches(RelativeName.resolve(directory, entry.file()), entry)) {
                return false;
            }
        }
        return true;
    }

    /** Records as complete the files of {@code manifest} that are in place now, as they are; removes the manifest when none is. */
    private static void recordPresent(SetLock lock, SetManifest manifest) {
        List<SetManifest.Entry> present = new ArrayList<>();
        for (SetManifest.Entry entry : manifest.files()) {
            FileDigest.describe(RelativeName.resolve(lock.directory(), entry.file()), entry).ifPresent(present::add);
        }
        if (present.isEmpty()) {
            ManifestFile.remove(lock);
            return;
        }
        ManifestFile.write(lock, new SetManifest(manifest.name(), SetManifest.State.COMPLETE, null, manifest.modified(),
                manifest.settings(), present, manifest.failed()));
    }

    /**
     * Removes the temporary files ({@code .editions-HEX.tmp}) that earlier versions, or an interrupted
     * write of a conformance report, left beside the editions and their companion files; files
     * younger than ten minutes may belong to a run still going and are kept.
     */
    private static int removeOldTemporaries(Path directory, Optional<SetManifest> manifest) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(directory);
        manifest.ifPresent(m -> m.files().forEach(entry ->
                folders.add(RelativeName.resolve(directory, entry.file()).getParent())));
        Instant before = Instant.now().minus(STALE);
        int removed = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                    path -> OLD_TEMPORARY.matcher(path.getFileName().toString()).matches())) {
                for (Path temporary : entries) {
                    FileTime modified = Files.getLastModifiedTime(temporary, LinkOption.NOFOLLOW_LINKS);
                    if (Staging.isFile(temporary) && modified.toInstant().isBefore(before)) {
                        Files.deleteIfExists(temporary);
                        removed++;
                    }
                }
            } catch (IOException e) {
                // A folder that cannot be listed keeps its temporary files; they harm no edition.
            }
        }
        return removed;
    }
}
