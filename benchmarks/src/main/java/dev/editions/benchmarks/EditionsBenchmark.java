package dev.editions.benchmarks;

import dev.editions.Editions;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import dev.editions.write.EditionWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, normalising and writing a generated report of {@code words} words (100,000 by default,
 * about 300 pages): each step on its own, and all editions together on two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class EditionsBenchmark {
    @Param("100000")
    private int words;

    @Param({"pdf", "docx", "epub", "md"})
    private String format;

    private Editions editions;
    private Document document;
    private byte[] plainText;
    private byte[] markdown;
    private ExecutorService threads;

    /** Generates the report once per run. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        editions = Editions.create();
        document = GenerateReport.document(words, 42);
        plainText = GenerateReport.plainText(document, 42);
        markdown = GenerateReport.markdown(document);
        threads = Executors.newFixedThreadPool(2);
    }

    /** Stops the writer threads. */
    @TearDown(Level.Trial)
    public void stop() {
        threads.shutdownNow();
    }

    /** Reads the messy plain text and runs every normaliser stage. */
    @Benchmark
    public Document readAndNormalisePlainText() {
        return editions.open(Source.of("report.txt", plainText)).normalise().document();
    }

    /** Reads the Markdown and runs the normaliser stages that apply to it. */
    @Benchmark
    public Document readAndNormaliseMarkdown() {
        return editions.open(Source.of("report.md", markdown)).normalise().document();
    }

    /** Writes the edition in {@code format}. */
    @Benchmark
    public void writeEdition() throws IOException {
        write(editions.writers().writer(format));
    }

    /** Writes every edition present, on two threads. */
    @Benchmark
    public void writeAllEditions() throws InterruptedException, ExecutionException {
        List<Future<Object>> running = editions.writers().all().stream()
                .map(writer -> threads.submit(() -> {
                    write(writer);
                    return null;
                })).toList();
        for (Future<Object> edition : running) {
            edition.get();
        }
    }

    private void write(EditionWriter writer) throws IOException {
        writer.write(document, OutputStream.nullOutputStream(), WriteContext.of(EditionOptions.builder().build(), "benchmark"));
    }
}
