package dev.editions;

import dev.editions.model.Document;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.EditionWriters;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of editions: each to a temporary file beside its target (flushed to disk), then every
 * edition that could be written is moved into place once all writers have run. An edition that fails
 * leaves nothing of itself and does not stop the others; in all-or-nothing mode the first failure
 * stops the run and nothing is moved. The files an edition needs beside it (its
 * {@linkplain dev.editions.write.CompanionFiles companion files}) are written and moved with it. Writers run in the order their descriptors ask for, so a
 * paginated edition's page map reaches the editions that need it.
 */
final class Publisher {
    private final EditionWriters writers;
    private final boolean strict;
    private final boolean allOrNothing;

    Publisher(EditionWriters writers, boolean strict, boolean allOrNothing) {
        this.writers = writers;
        this.strict = strict;
        this.allOrNothing = allOrNothing;
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
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        List<Path> createdFolders = new ArrayList<>();
        List<Publication.Edition> written = new ArrayList<>();
        List<Publication.Failure> failures = new ArrayList<>();
        boolean done = false;
        try {
            List<Path> targets = targets(order, directory, baseName);
            if (sourceFile != null) {
                RunSources.of(List.of(sourceFile)).refuseAsTargets(targets);
            }
            for (Path target : targets) {
                OutputFiles.refuseFolderAsTarget(target);
            }
            WriteContext context = run;
            for (int i = 0; i < order.size(); i++) {
                EditionWriter writer = order.get(i);
                Path target = targets.get(i);
                Path temporary = OutputFiles.temporaryFor(target);
                WriteContext edition = context.withNewCompanions();
                Map<Path, Path> companions = new LinkedHashMap<>();
                EditionReport report;
                try {
                    report = write(writer, document, temporary, edition, target, sourceName);
                    companions = Companions.writeTemporaries(edition.companions(), directory, createdFolders);
                } catch (EditionsException e) {
                    OutputFiles.deleteQuietly(temporary);
                    if (allOrNothing) {
                        throw e;
                    }
                    failures.add(new Publication.Failure(writer.descriptor().id(), target, e));
                    continue;
                }
                temporaries.put(temporary, target);
                temporaries.putAll(companions);
                if (sourceFile != null) {
                    RunSources.of(List.of(sourceFile)).refuseAsTargets(List.copyOf(companions.values()));
                }
                if (report.pages().isPresent() && context.pageMap().isEmpty()) {
                    context = context.withPageMap(report.pages().get());
                }
                written.add(new Publication.Edition(writer.descriptor().id(), target, OutputFiles.size(temporary)));
            }
            List<Diagnostic> diagnostics = run.diagnostics().list();
            if (strict && !diagnostics.isEmpty()) {
                throw Strictness.refusal(sourceName, diagnostics);
            }
            if (written.isEmpty() && !failures.isEmpty()) {
                throw failures.size() == 1 ? failures.get(0).error() : allFailed(sourceName, failures);
            }
            for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                OutputFiles.moveIntoPlace(move.getKey(), move.getValue());
            }
            OutputFiles.syncFolder(directory);
            done = true;
            return new Publication(written, failures, diagnostics);
        } finally {
            for (Path temporary : temporaries.keySet()) {
                OutputFiles.deleteQuietly(temporary);
            }
            if (!done) {
                Companions.removeFolders(createdFolders);
            }
            if (!done && firstCreated != null) {
                OutputFiles.removeCreatedFolders(directory, firstCreated);
            }
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
