package dev.editions.maven;

import dev.editions.ConformanceFiles;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.PublishSettings;
import dev.editions.SafeText;
import dev.editions.check.ConformanceReport;
import dev.editions.check.EditionConformance;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Checks every edition in the output folder with the checkers on the plugin's class path: the DOCX
 * and EPUB rules the formats bring, and veraPDF, EPUBCheck, the OOXML schemas, the Markdown rules
 * and DAISY Ace when {@code editions-verify} is added as a plugin dependency. Writes
 * {@code conformance.json} and {@code conformance.html} beside the editions, attaches the JSON
 * (classifier {@code conformance}), and then fails the build if any edition has a finding, listing
 * every finding of every edition.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMojo {
    /** The folder holding the editions to check. */
    @Parameter(property = "editions.outputDirectory", defaultValue = "${project.build.directory}/editions")
    private File outputDirectory;

    /** Whether to attach {@code conformance.json} to the project. */
    @Parameter(property = "editions.attach", defaultValue = "true")
    private boolean attach;

    /** Skips the goal. */
    @Parameter(property = "editions.skip", defaultValue = "false")
    private boolean skip;

    /** The build's reproducible timestamp, recorded as the time of the check. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the edition checks");
            return;
        }
        Path folder = outputDirectory.toPath();
        if (!Files.isDirectory(folder)) {
            getLog().info("No editions to check in " + folder);
            return;
        }
        ConformanceReport report;
        List<Path> written;
        try {
            Editions editions = new PublishSettings().timestamp(Timestamps.parse(outputTimestamp))
                    .configure(Editions.create());
            report = editions.verifyEditions(List.of(folder));
            written = ConformanceFiles.write(report, folder);
        } catch (EditionsException e) {
            throw new MojoFailureException("editions: " + e.getMessage(), e);
        }
        for (EditionConformance edition : report.editions()) {
            getLog().info(SafeText.escape(edition.summary()));
        }
        if (attach && project != null) {
            projectHelper.attachArtifact(project, "json", "conformance", written.get(0).toFile());
        }
        if (report.failed()) {
            List<String> failures = report.failures();
            throw new MojoFailureException("editions: " + failures.size() + " accessibility finding(s):\n  "
                    + String.join("\n  ", failures.stream().map(SafeText::escape).toList()) + "\nThe report: " + written.get(1));
        }
        getLog().info("Checked " + report.editions().size() + " edition(s) in " + folder + ": no findings; the report: "
                + written.get(1));
    }
}
