package dev.editions.benchmarks;

import dev.editions.model.Document;
import dev.editions.pdf.PdfWriter;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import dev.editions.write.EditionReport;
import java.io.IOException;
import java.io.OutputStream;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes the PDF edition of a generated report of {@code words} words with figures and tables
 * (45,000 words by default: the test suite's "100-page" report, which lays out on about 140 A4
 * pages). The page count is printed at set-up, so the time per 100 pages can be worked out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfBenchmark {
    @Param("45000")
    private int words;

    private Document document;
    private final PdfWriter writer = new PdfWriter();
    private final WriteContext options = WriteContext.of(EditionOptions.builder().build(), "benchmark");

    /** Generates the report once and prints how many pages its PDF has. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        document = GenerateReport.document(words, 42);
        EditionReport report = writer.write(document, OutputStream.nullOutputStream(), options);
        System.out.println("PDF of " + words + " words: " + report.pageStarts().size() + " pages");
    }

    /** Lays out, tags and writes the whole PDF. */
    @Benchmark
    public EditionReport writePdf() throws IOException {
        return writer.write(document, OutputStream.nullOutputStream(), options);
    }
}
