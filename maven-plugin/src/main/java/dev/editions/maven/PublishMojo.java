package dev.editions.maven;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.Publication;
import dev.editions.model.Metadata;
import dev.editions.normalise.Normaliser;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.PageSize;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
 * Publishes every report source of the project as editions (PDF, DOCX, EPUB, Markdown, or those
 * chosen) and attaches each edition to the project with the source's name as classifier, so that
 * {@code mvn deploy} ships them. Sources whose editions are up to date are not published again.
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

    /** Paper size of the PDF edition: A4 or LETTER. */
    @Parameter(property = "editions.pageSize", defaultValue = "A4")
    private PageSize pageSize;

    /** Page margin of the PDF edition in millimetres, 5 to 60. */
    @Parameter(property = "editions.margin", defaultValue = "25")
    private double margin;

    /** Whether the PDF edition's body text is justified (otherwise ragged right). */
    @Parameter(property = "editions.justify", defaultValue = "false")
    private boolean justify;

    /** Normaliser stages to leave out, e.g. {@code dedupe}. */
    @Parameter(property = "editions.disabledStages")
    private List<String> disabledStages;

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
        Editions editions = configure();
        List<String> chosen = formats == null || formats.isEmpty() ? editions.formats() : List.copyOf(formats);
        List<Path> files;
        try {
            files = sources == null || sources.isEmpty()
                    ? SourceFiles.inFolderIfPresent(basedir.toPath().resolve("src/main/editions"))
                    : SourceFiles.find(sources.stream().map(File::toPath).toList());
        } catch (EditionsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (files.isEmpty()) {
            getLog().info("No report sources to publish");
            return;
        }
        UpToDate upToDate = new UpToDate(outputDirectory.toPath(), fingerprint(chosen));
        for (Path source : files) {
            publish(editions, source, chosen, upToDate);
        }
    }

    private void publish(Editions editions, Path source, List<String> chosen, UpToDate upToDate)
            throws MojoFailureException, MojoExecutionException {
        List<Path> targets;
        try {
            targets = upToDate.targets(source, editions.writers(), chosen);
        } catch (EditionsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (upToDate.isCurrent(source, targets)) {
            getLog().info("Editions of " + source.getFileName() + " are up to date");
            targets.forEach(this::attach);
            return;
        }
        Publication publication;
        try {
            Draft draft = editions.open(source).normalise();
            draft = draft.withDocument(draft.document().withMetadata(overrides(draft.document().metadata())));
            publication = draft.publish(outputDirectory.toPath(), chosen.toArray(String[]::new));
        } catch (EditionsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        for (Publication.Edition edition : publication.editions()) {
            getLog().info("Wrote " + edition.path() + " (" + edition.format() + ", " + edition.bytes() + " bytes)");
            attach(edition.path());
        }
        try {
            upToDate.record(source);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot record the configuration of " + source + "'s editions in "
                    + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private Editions configure() throws MojoExecutionException {
        Editions editions = Editions.create();
        EditionOptions.Builder options = editions.options().toBuilder().pageSize(pageSize).justified(justify);
        Instant timestamp = Timestamps.parse(outputTimestamp);
        if (timestamp != null) {
            options.timestamp(timestamp);
        }
        try {
            options.marginMillimetres(margin);
            Normaliser normaliser = editions.normaliser();
            if (disabledStages != null && !disabledStages.isEmpty()) {
                normaliser = normaliser.without(disabledStages.toArray(String[]::new));
            }
            return editions.withNormaliser(normaliser).withOptions(options.build());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("editions: " + e.getMessage(), e);
        }
    }

    private Metadata overrides(Metadata found) {
        Metadata.Builder builder = found.toBuilder();
        if (title != null && !title.isBlank()) {
            builder.title(title);
        }
        if (language != null && !language.isBlank()) {
            builder.language(language);
        }
        if (authors != null && !authors.isEmpty()) {
            builder.authors(authors);
        }
        if (publishers != null && !publishers.isEmpty()) {
            builder.publishers(publishers);
        }
        return builder.build();
    }

    private String fingerprint(List<String> chosen) {
        List<Object> settings = new ArrayList<>();
        settings.add(chosen);
        settings.add(title);
        settings.add(language);
        settings.add(authors);
        settings.add(publishers);
        settings.add(disabledStages);
        settings.add(outputTimestamp);
        settings.add(pageSize);
        settings.add(margin);
        settings.add(justify);
        settings.add(getClass().getPackage().getImplementationVersion());
        return settings.toString();
    }

    private void attach(Path edition) {
        if (attach) {
            String name = edition.getFileName().toString();
            projectHelper.attachArtifact(project, Source.extensionOf(name), Source.baseNameOf(name), edition.toFile());
        }
    }
}
