package dev.editions;

import dev.editions.model.Document;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one source's set of editions so that it replaces the earlier set whole. Every target is
 * checked before any writer runs. Each edition (and its {@linkplain dev.editions.write.CompanionFiles
 * companion files}) is written into a staging folder beside the targets and flushed to disk; once all
 * writers have run, a pending manifest listing the new files is written, the files are moved into
 * place, and the manifest is marked complete ({@link SetManifest}). A run killed at any point leaves
 * what the next run of the same name rolls forward or back ({@link SetRecovery}); runs of the same
 * name into one folder take turns ({@link SetLock}). An edition that fails leaves nothing of itself
 * and does not stop the others; in all-or-nothing mode the first failure stops the run and nothing
 * is moved. Writers run in the order their descriptors ask for, so a paginated edition's page map
 * reaches the editions that need it.
 */
final class Publisher {
    private final EditionWriters writers;
    private final boolean strict;
    private final boolean allOrNothing;
    private final int threads;

    Publisher(EditionWriters writers, boolean strict, boolean allOrNothing, int threads) {
        this.writers = writers;
        this.strict = strict;
        this.allOrNothing = allOrNothing;
        this.threads = threads;
    }

    /**
     * Writes {@code document} as {@code baseName.ext} for each format; errors and diagnostics about the
     * document's content are reported against the context's source.
     */
    Publication publish(Document document, Path sourceFile, String baseName, Path directory, List<String> formats,
            WriteContext run) {
        List<EditionWriter> order = writers.inRunOrder(formats);
        String sourceName = run.diagnostics().source();
        Path firstCreated = OutputFiles.createDirectory(directory);
        List<Path> targets = targets(order, directory, baseName);
        Path folder = directory.toAbsolutePath().normalize();
        SetLock lock = null;
        Staging staging = null;
        boolean pending = false;
        boolean done = false;
        try {
            refuseTargets(targets, sourceFile);
            folder = realPath(folder);
            lock = SetLock.acquire(folder, baseName);
            List<String> recovered = SetRecovery.recover(lock);
            CrashPoints.recovered();
            String stagingName = Staging.newName();
            lock.recordStaging(stagingName);
            staging = Staging.create(folder, stagingName);
            CrashPoints.reach("staging folder created");
            StagedSet set = stage(document, sourceFile, order, targets, staging, run);
            List<Diagnostic> diagnostics = run.diagnostics().list();
            if (strict && !diagnostics.isEmpty()) {
                throw Strictness.refusal(sourceName, diagnostics);
            }
            if (set.written().isEmpty() && !set.failures().isEmpty()) {
                throw set.failures().size() == 1 ? set.failures().get(0).error() : allFailed(sourceName, set.failures());
            }
            SetManifest manifest = set.manifest(baseName, stagingName, formats, run, strict, allOrNothing,
                    previous(lock));
            staging.sync();
            CrashPoints.reach("staging folder flushed");
            ManifestFile.write(lock, manifest);
            pending = true;
            CrashPoints.reach("pending manifest written");
            SetRecovery.moveIn(lock, manifest, staging.folder());
            lock.recordStaging(null);
            done = true;
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            recovered.forEach(warning -> all.add(Diagnostic.of(sourceName, "output.recovered", warning)));
            return new Publication(set.written(), set.failures(), all, set.notes());
        } finally {
            if (staging != null && !pending) {
                Staging.delete(staging.folder());
                try {
                    lock.recordStaging(null);
                } catch (EditionsException e) {
                    // The next run finds the staging folder gone and clears the record itself.
                }
            }
            if (lock != null) {
                lock.close();
            }
            if (!done && firstCreated != null && !pending) {
                if (lock != null) {
                    OutputFiles.deleteQuietly(lock.file());
                }
                OutputFiles.deleteQuietly(folder.resolve(SetLock.FOLDER));
                OutputFiles.removeCreatedFolders(directory, firstCreated);
            }
        }
    }

    /** The set recorded before this run, as recovery left it; empty when there is none or it cannot be read. */
    private static Optional<SetManifest> previous(SetLock lock) {
        try {
            return ManifestFile.read(lock).filter(manifest -> manifest.state() == SetManifest.State.COMPLETE);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses, before anything is written, a target that is the source, a folder, too long a name, or
     * in a folder that cannot be reached as written ({@code out/missing/..}).
     */
    private static void refuseTargets(List<Path> targets, Path sourceFile) {
        if (sourceFile != null) {
            RunSources.of(List.of(sourceFile)).refuseAsTargets(targets);
        }
        for (Path target : targets) {
            if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
                throw EditionsException.of(target.toString(), "cannot be written: no such file or folder");
            }
            OutputFiles.refuseFolderAsTarget(target);
            RelativeName.refuseTooLong(target, target.getFileName().toString());
        }
    }

    /** The output folder as the file system resolves it, so staging, moves and the record all use one path. */
    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw EditionsException.of(folder.toString(), "cannot be the output folder: " + OutputFiles.describe(e), e);
        }
    }

    /**
     * Runs every writer into the staging folder; an edition that fails leaves nothing there. Editions
     * that need no page map are written side by side (on up to {@code threads} threads), then those
     * that need one, with the first paginated edition's map; the set is then assembled in run order,
     * so the files are the same bytes whatever the threads. When the editions would not fit side by side
     * in the memory Java may use ({@link MemoryPlan}), they are written one after another.
     */
    private StagedSet stage(Document document, Path sourceFile, List<EditionWriter> order, List<Path> targets,
            Staging staging, WriteContext run) {
        String sourceName = run.diagnostics().source();
        Path folder = staging.folder().getParent();
        StagedSet set = new StagedSet(staging);
        List<Written> written = new ArrayList<>(java.util.Collections.nCopies(order.size(), null));
        WriteContext context = run;
        int threads = this.threads;
        long maxMemory = Runtime.getRuntime().maxMemory();
        if (threads > 1 && order.size() > 1 && !MemoryPlan.of(document).fitsSideBySide(maxMemory)) {
            threads = 1;
            set.notes().add(MemoryPlan.oneAfterAnotherNote(maxMemory));
        }
        for (boolean needsPages : new boolean[] {false, true}) {
            List<Integer> phase = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).descriptor().needs().contains(WriterDescriptor.Need.PAGE_MAP) == needsPages) {
                    phase.add(i);
                }
            }
            WriteContext phaseContext = context;
            EditionTasks.run(phase, threads, i -> written.set(i, writeOne(document, order.get(i), targets.get(i),
                    staging, folder, phaseContext, sourceName)));
            for (int i : phase) {
                Written one = written.get(i);
                if (one.error() != null && allOrNothing) {
                    throw one.error();
                }
                if (one.report() != null && one.report().pages().isPresent() && context.pageMap().isEmpty()) {
                    context = context.withPageMap(one.report().pages().get());
                }
            }
        }
        for (int i = 0; i < order.size(); i++) {
            Written one = written.get(i);
            EditionWriter writer = order.get(i);
            Path target = targets.get(i);
            String name = RelativeName.of(folder, target);
            List<String> companions = new ArrayList<>();
            EditionsException error = one.error();
            if (error == null) {
                try {
                    Companions.stage(one.context().companions(), folder, staging, set.companions(), companions);
                    if (sourceFile != null) {
                        RunSources.of(List.of(sourceFile)).refuseAsTargets(companions.stream()
                                .map(companion -> RelativeName.resolve(folder, companion)).toList());
                    }
                } catch (EditionsException e) {
                    OutputFiles.deleteQuietly(one.staged());
                    companions.forEach(companion -> OutputFiles.deleteQuietly(
                            RelativeName.resolve(staging.folder(), companion)));
                    error = e;
                }
            }
            if (error != null) {
                if (allOrNothing) {
                    throw error;
                }
                set.failures().add(new Publication.Failure(writer.descriptor().id(), target, error));
                continue;
            }
            CrashPoints.reach("staged " + name);
            set.add(writer.descriptor().id(), name, target, companions);
        }
        return set;
    }

    /** One writer's staged edition, or why it could not be written. */
    private record Written(Path staged, WriteContext context, EditionReport report, EditionsException error) {
    }

    private static Written writeOne(Document document, EditionWriter writer, Path target, Staging staging,
            Path folder, WriteContext context, String sourceName) {
        WriteContext edition = context.withNewCompanions();
        Path staged = null;
        try {
            staged = staging.newFile(RelativeName.of(folder, target));
            return new Written(staged, edition, write(writer, document, staged, edition, target, sourceName), null);
        } catch (EditionsException e) {
            OutputFiles.deleteQuietly(staged);
            return new Written(null, edition, null, e);
        }
    }

    /** The files {@code writers} write for a source named {@code baseName}, in their order. */
    static List<Path> targets(List<EditionWriter> writers, Path directory, String baseName) {
        return writers.stream().map(writer -> directory.resolve(baseName + "." + writer.descriptor().extension()))
                .toList();
    }

    /** The error of a run in which no edition could be written, listing each reason. */
    private static EditionsException allFailed(String sourceName, List<Publication.Failure> failures) {
        return EditionsException.withDetails(sourceName, "no edition could be written:", failures.stream()
                .map(failure -> failure.format() + ": " + failure.error().getMessage()).toList());
    }

    private static EditionReport write(EditionWriter writer, Document document, Path temporary,
            WriteContext context, Path target, String sourceName) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            EditionReport report = writer.write(document, out, context);
            out.flush();
            channel.force(true);
            return report;
        } catch (EditionsException e) {
            if (sourceName == null || sourceName.equals(e.source()) || target.toString().equals(e.source())) {
                throw e;
            }
            throw EditionsException.of(sourceName, e.getMessage(), e);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + OutputFiles.describe(e), e);
        } catch (RuntimeException e) {
            throw EditionsException.of(sourceName, "the " + writer.descriptor().id()
                    + " edition cannot be written: " + e, e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw MemoryLimits.exhausted(sourceName, "writing the " + writer.descriptor().id() + " edition", e);
        }
    }
}
