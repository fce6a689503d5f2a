package dev.editions.benchmarks;

import dev.editions.model.Document;
import dev.editions.pdf.PdfWriter;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@link ScriptsBenchmark}'s four reports as PDF in turn, warm, and prints for each the median
 * processor time of the writing thread, then Arabic's time over the same-size English report's and
 * Chinese's over its English one's. Processor time, unlike JMH's wall-clock time, hardly moves when
 * other work shares the machine.
 *
 * <p>Arguments: the number of measured runs of each report (25 unless given) and of warm-up runs
 * (10 unless given).
 */
public final class ScriptsRatios {
    private ScriptsRatios() {
    }

    /** Measures and prints; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Map<String, Document> reports = new LinkedHashMap<>();
        for (String name : new String[] {"latin-chars", "chinese", "latin-words", "arabic"}) {
            reports.put(name, ScriptsBenchmark.report(name));
        }
        PdfWriter writer = new PdfWriter();
        WriteContext options = WriteContext.of(EditionOptions.builder().build(), "benchmark");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> times = new LinkedHashMap<>();
        reports.keySet().forEach(name -> times.put(name, new long[runs]));
        // Round after round, every report once a round, so each meets the same load on the machine.
        for (int round = -warmUps; round < runs; round++) {
            for (Map.Entry<String, Document> report : reports.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                writer.write(report.getValue(), OutputStream.nullOutputStream(), options);
                long took = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    times.get(report.getKey())[round] = took;
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, nanos) -> medians.put(name, median(nanos) / 1e6));
        medians.forEach((name, millis) -> System.out.printf(Locale.ROOT, "%-12s %8.1f ms%n", name, millis));
        System.out.printf(Locale.ROOT, "arabic/latin-words %.2f%nchinese/latin-chars %.2f%n",
                medians.get("arabic") / medians.get("latin-words"), medians.get("chinese") / medians.get("latin-chars"));
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
