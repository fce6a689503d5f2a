package dev.editions.maven;

import dev.editions.EditionsException;
import dev.editions.SafeText;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.read.Source;
import dev.editions.write.EditionWriters;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every edition in the output folder with the accessibility checkers on the plugin's class
 * path (Editions' own DOCX and EPUB checkers, and any added as plugin dependencies), then fails the
 * build if any edition has a finding, listing every finding of every edition.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMojo {
    /** The folder holding the editions to check. */
    @Parameter(property = "editions.outputDirectory", defaultValue = "${project.build.directory}/editions")
    private File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "editions.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the edition checks");
            return;
        }
        List<EditionChecker> checkers = ServiceLoader.load(EditionChecker.class, getClass().getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        EditionWriters writers = EditionWriters.discover();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path edition : editions()) {
            for (EditionChecker checker : checkers) {
                if (extensionOf(writers, checker).equals(Source.extensionOf(edition.getFileName().toString()))) {
                    checked++;
                    failures.addAll(check(checker, edition));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("editions: " + failures.size() + " accessibility finding(s):\n  "
                    + String.join("\n  ", failures));
        }
        getLog().info("Checked " + checked + " edition(s) in " + outputDirectory + ": no findings");
    }

    private List<String> check(EditionChecker checker, Path edition) {
        try {
            List<Finding> findings = checker.check(edition);
            getLog().info("Checked " + edition.getFileName() + " (" + checker.format() + "): "
                    + findings.size() + " finding(s)");
            return findings.stream().map(finding -> SafeText.escape(edition.getFileName() + ": " + finding)).toList();
        } catch (EditionsException e) {
            return List.of(e.getMessage());
        }
    }

    private List<Path> editions() throws MojoExecutionException {
        if (!Files.isDirectory(outputDirectory.toPath())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outputDirectory.toPath())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private static String extensionOf(EditionWriters writers, EditionChecker checker) {
        try {
            return writers.writer(checker.format()).descriptor().extension();
        } catch (EditionsException noWriter) {
            return checker.format();
        }
    }
}
