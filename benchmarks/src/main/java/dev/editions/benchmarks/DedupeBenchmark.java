package dev.editions.benchmarks;

import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.normalise.Stage;
import dev.editions.read.SourceKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dedupe stage alone on {@link DedupeWorkload} documents of 25,000 to 250,000 paragraphs (a tenth
 * of them copies, one boilerplate paragraph repeated 1,000 times), in a 1 GB heap. Each run takes
 * seconds, so give few iterations: {@code java -jar benchmarks.jar DedupeBenchmark -f 1 -wi 2 -i 3 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgs = "-Xmx1g")
public class DedupeBenchmark {
    @Param({"25000", "100000", "250000"})
    private int paragraphs;

    private Document document;
    private Normaliser dedupe;

    /** Generates the document once per run and takes the standard dedupe stage on its own. */
    @Setup(Level.Trial)
    public void generate() {
        document = DedupeWorkload.document(paragraphs, 42);
        Stage stage = Normaliser.standard().stages().stream().filter(s -> s.name().equals("dedupe")).findFirst()
                .orElseThrow();
        dedupe = Normaliser.of(List.of(stage));
    }

    /** Removes the copies from a plain-text document. */
    @Benchmark
    public Document dedupe() {
        return dedupe.normalise(document, SourceKind.PLAIN_TEXT).document();
    }
}
