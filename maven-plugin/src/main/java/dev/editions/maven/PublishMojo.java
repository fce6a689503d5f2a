package dev.editions.maven;

import dev.editions.Diagnostic;
import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.PublishSettings;
import dev.editions.Publication;
import dev.editions.RunSources;
import dev.editions.SafeText;
import dev.editions.Setting;
import dev.editions.SourceInputs;
import dev.editions.UpToDate;
import dev.editions.read.Source;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Publishes every report source of the project as editions (PDF, DOCX, EPUB, Markdown, or those
 * chosen) and attaches each edition to the project with the source's name as classifier, so that
 * {@code mvn deploy} ships them. Sources whose editions are up to date are not published again. Its
 * parameters are the {@link Setting}s every front end shares.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractMojo {
    /**
     * Report sources: files, or folders whose {@code .txt} and {@code .md} files are all published.
     * When not set, {@code src/main/editions} if it exists.
     */
    @Parameter(property = "editions.sources")
    private List<File> sources;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The formats to write, e.g. {@code pdf,epub}; all formats present when empty. */
    @Parameter(property = "editions.formats")
    private List<String> formats;

    /** Where the editions are written. */
    @Parameter(property = "editions.outputDirectory", defaultValue = "${project.build.directory}/editions")
    private File outputDirectory;

    /** Replaces the title found in the source. */
    @Parameter(property = "editions.title")
    private String title;

    /** Replaces the language found in the source (a BCP 47 tag such as {@code en-GB}). */
    @Parameter(property = "editions.language")
    private String language;

    /** Replaces the authors found in the source. */
    @Parameter(property = "editions.authors")
    private List<String> authors;

    /** Replaces the publishers found in the source. */
    @Parameter(property = "editions.publishers")
    private List<String> publishers;

    /** The most pixels a picture may have; larger pictures are refused from their header (default 100000000). */
    @Parameter(property = "editions.maxImagePixels")
    private Long maxImagePixels;

    /** Paper size of paged editions, A4 or LETTER (option {@code page.size}; default A4). */
    @Parameter(property = "editions.pageSize")
    private String pageSize;

    /** Page margin in millimetres, 5 to 60 (option {@code page.margin}; default 25). */
    @Parameter(property = "editions.margin")
    private String margin;

    /** Whether the PDF edition's body text is justified (option {@code pdf.justify}; default false). */
    @Parameter(property = "editions.justify")
    private String justify;

    /**
     * Folders with fonts for characters the PDF edition's own fonts lack, searched before the system's
     * font folders (option {@code pdf.font-dirs}).
     */
    @Parameter(property = "editions.fontDirectories")
    private List<File> fontDirectories;

    /** Who vouches for the EPUB's accessibility claims (option {@code epub.certified-by}; default: the first publisher). */
    @Parameter(property = "editions.certifiedBy")
    private String certifiedBy;

    /** Writer options by name, e.g. {@code <options><pdf.justify>true</pdf.justify></options>}. */
    @Parameter
    private Map<String, String> options;

    /** Normaliser stages to leave out, e.g. {@code dedupe}. */
    @Parameter(property = "editions.disabledStages")
    private List<String> disabledStages;

    /** Keeps repeated paragraphs (leaves out the {@code dedupe} stage). */
    @Parameter(property = "editions.keepDuplicates")
    private boolean keepDuplicates;

    /** Fails the build on warnings about the content (a dead link, an unsupported tag) instead of logging them. */
    @Parameter(property = "editions.strict")
    private boolean strict;

    /**
     * Writes none of a report's editions when one of them fails. Either way the build fails when an
     * edition fails; by default the editions that could be written are written.
     */
    @Parameter(property = "editions.allOrNothing")
    private boolean allOrNothing;

    /** Whether to attach the editions to the project. */
    @Parameter(property = "editions.attach", defaultValue = "true")
    private boolean attach;

    /** Skips the goal. */
    @Parameter(property = "editions.skip", defaultValue = "false")
    private boolean skip;

    /** The build's reproducible timestamp, written into the editions as their modification date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the editions");
            return;
        }
        try {
            PublishSettings settings = settings();
            Editions editions = settings.configure(Editions.create());
            List<String> chosen = settings.formats(editions);
            List<Path> files = sources == null || sources.isEmpty()
                    ? SourceFiles.inFolderIfPresent(basedir.toPath().resolve("src/main/editions"))
                    : SourceFiles.find(sources.stream().map(File::toPath).toList());
            if (files.isEmpty()) {
                getLog().info("No report sources to publish");
                return;
            }
            refuseNameClashes(files);
            UpToDate upToDate = new UpToDate(outputDirectory.toPath(), fingerprint(settings), new SourceInputs());
            RunSources run = RunSources.of(files);
            for (Path source : files) {
                run.refuseAsTargets(upToDate.targets(source, editions.writers(), chosen));
            }
            List<String> failures = new ArrayList<>();
            for (Path source : files) {
                failures.addAll(publish(editions, settings, source, chosen, upToDate));
            }
            if (!failures.isEmpty()) {
                throw new MojoFailureException("editions: " + failures.size()
                        + (failures.size() == 1 ? " edition" : " editions") + " could not be written:\n  "
                        + String.join("\n  ", failures));
            }
        } catch (EditionsException e) {
            // The line the command prints for the same input, so the build fails with it word for word.
            throw new MojoFailureException("editions: " + e.getMessage(), e);
        }
    }

    private PublishSettings settings() {
        return new PublishSettings().formats(formats).title(title).language(language).authors(authors)
                .publishers(publishers).disableStages(disabledStages).keepDuplicates(keepDuplicates).strict(strict).allOrNothing(allOrNothing)
                .maxImagePixels(maxImagePixels).timestamp(Timestamps.parse(outputTimestamp))
                .option(Setting.PAGE_SIZE, pageSize).option(Setting.MARGIN, margin)
                .option(Setting.JUSTIFY, justify).option(Setting.CERTIFIED_BY, certifiedBy)
                .option(Setting.FONT_DIRECTORIES, fontDirectories == null || fontDirectories.isEmpty() ? null
                        : String.join(File.pathSeparator, fontDirectories.stream().map(File::getPath).toList()))
                .options(options);
    }

    /** Publishes one source; returns the reasons of the editions that could not be written. */
    private List<String> publish(Editions editions, PublishSettings settings, Path source, List<String> chosen,
            UpToDate upToDate) throws MojoExecutionException {
        List<Path> targets = upToDate.targets(source, editions.writers(), chosen);
        if (upToDate.isCurrent(source, targets)) {
            getLog().info("Editions of " + SafeText.escape(String.valueOf(source.getFileName())) + " are up to date");
            targets.forEach(this::attach);
            return List.of();
        }
        Draft draft = editions.open(source).normalise();
        if (draft.dedupeSummary().removedAny()) {
            getLog().info(SafeText.escape(draft.dedupeSummary().line()));
        }
        draft = settings.applyTo(draft);
        Publication publication = draft.publish(outputDirectory.toPath(), chosen.toArray(String[]::new));
        for (Diagnostic diagnostic : publication.diagnostics()) {
            getLog().warn(diagnostic.format());
        }
        for (Publication.Edition edition : publication.editions()) {
            getLog().info("Wrote " + SafeText.escape(edition.path().toString()) + " (" + edition.format() + ", "
                    + edition.bytes() + " bytes)");
            attach(edition.path());
        }
        if (!publication.complete()) {
            return publication.failures().stream().map(Publication.Failure::message).toList();
        }
        try {
            upToDate.record(source);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot record the configuration of " + source + "'s editions in "
                    + outputDirectory + ": " + e.getMessage(), e);
        }
        return List.of();
    }

    /** Refuses two sources whose editions would have the same names (and the same classifier). */
    private static void refuseNameClashes(List<Path> files) {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            String base = Source.baseNameOf(file.getFileName().toString());
            Path earlier = seen.putIfAbsent(base, file);
            if (earlier != null) {
                throw EditionsException.of(file.toString(), "its editions would overwrite those of " + earlier
                        + " (both are named '" + base + "'); rename one of them");
            }
        }
    }

    private String fingerprint(PublishSettings settings) {
        String version = PublishMojo.class.getPackage().getImplementationVersion();
        return settings.fingerprint() + " " + outputTimestamp + " plugin " + (version == null ? "unknown" : version)
                + " " + UpToDate.buildOf(PublishMojo.class, Editions.class);
    }

    private void attach(Path edition) {
        if (attach) {
            String name = edition.getFileName().toString();
            projectHelper.attachArtifact(project, Source.extensionOf(name), Source.baseNameOf(name), edition.toFile());
        }
    }
}
