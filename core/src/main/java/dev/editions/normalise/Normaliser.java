package dev.editions.normalise;

import dev.editions.model.Document;
import dev.editions.read.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of {@link Stage}s run one after another. Immutable and thread-safe; derive variants
 * with {@link #without(String...)} and {@link #with(Stage)}.
 */
public final class Normaliser {
    private final List<Stage> stages;

    private Normaliser(List<Stage> stages) {
        Set<String> names = new LinkedHashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("two normaliser stages are named '" + stage.name() + "'");
            }
        }
        this.stages = List.copyOf(stages);
    }

    /** The standard stages, in their standard order. */
    public static Normaliser standard() {
        return new Normaliser(StandardStages.all());
    }

    /** Exactly these stages, in this order. */
    public static Normaliser of(List<Stage> stages) {
        return new Normaliser(stages);
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stages' names, in order. */
    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }

    /**
     * A normaliser without the named stages.
     *
     * @throws IllegalArgumentException naming the known stages when a name is not one of them
     */
    public Normaliser without(String... names) {
        List<Stage> kept = new ArrayList<>(stages);
        for (String name : names) {
            if (!kept.removeIf(stage -> stage.name().equals(name))) {
                throw new IllegalArgumentException("there is no normaliser stage '" + name + "'; the stages are "
                        + String.join(", ", names()));
            }
        }
        return new Normaliser(kept);
    }

    /** A normaliser with {@code stage} added at the end. */
    public Normaliser with(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        List<Stage> more = new ArrayList<>(stages);
        more.add(stage);
        return new Normaliser(more);
    }

    /**
     * A normaliser with {@code stage} added just before the stage named {@code before}.
     *
     * @throws IllegalArgumentException when there is no stage of that name
     */
    public Normaliser withBefore(String before, Stage stage) {
        List<Stage> more = new ArrayList<>(stages);
        int at = names().indexOf(before);
        if (at < 0) {
            throw new IllegalArgumentException("there is no normaliser stage '" + before + "'; the stages are "
                    + String.join(", ", names()));
        }
        more.add(at, Objects.requireNonNull(stage, "stage"));
        return new Normaliser(more);
    }

    /** Runs every stage that applies to {@code kind}, in order. */
    public NormaliseResult normalise(Document document, SourceKind kind) {
        Document current = Objects.requireNonNull(document, "document");
        List<StageReport> reports = new ArrayList<>();
        for (Stage stage : stages) {
            if (stage.appliesTo(kind)) {
                StageResult result = stage.apply(current, kind);
                current = result.document();
                reports.add(new StageReport(stage.name(), result.changes()));
            }
        }
        return new NormaliseResult(current, reports);
    }
}
