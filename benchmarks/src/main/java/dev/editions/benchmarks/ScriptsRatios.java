package dev.editions.benchmarks;

import dev.editions.model.Document;
import dev.editions.pdf.PdfWriter;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes each of {@link ScriptsBenchmark}'s four reports as PDF, warm, in a JVM of its own as JMH's
 * forks do, and prints for each the median processor time of the writing thread, then Arabic's time
 * over the same-size English report's and Chinese's over its English one's. Processor time, unlike
 * JMH's wall-clock time, hardly moves when other work shares the machine.
 *
 * <p>Arguments: the number of measured runs of each report (25 unless given), of warm-up runs (40
 * unless given, as a JVM of its own warms up on one report only) and the number of rounds (3 unless
 * given): each round starts one JVM per report, in
 * turn, so that every report meets the same load; a report's figure is the median of all its runs.
 * With a report's name as fourth argument, only that report is measured, in this JVM, and its times
 * printed in nanoseconds, one a line.
 */
public final class ScriptsRatios {
    private static final List<String> REPORTS = List.of("latin-chars", "chinese", "latin-words", "arabic");

    private ScriptsRatios() {
    }

    /** Measures and prints; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (args.length > 3) {
            for (long nanos : measure(args[3], runs, warmUps)) {
                System.out.println(nanos);
            }
            return;
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String report : REPORTS) {
                times.computeIfAbsent(report, r -> new ArrayList<>()).addAll(fork(report, runs, warmUps));
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, nanos) -> medians.put(name, median(nanos) / 1e6));
        medians.forEach((name, millis) -> System.out.printf(Locale.ROOT, "%-12s %8.1f ms (median of %d runs)%n",
                name, millis, times.get(name).size()));
        System.out.printf(Locale.ROOT, "arabic/latin-words %.2f%nchinese/latin-chars %.2f%n",
                medians.get("arabic") / medians.get("latin-words"), medians.get("chinese") / medians.get("latin-chars"));
    }

    /** The processor times of {@code runs} writings of {@code report} after {@code warmUps}, in this JVM. */
    private static long[] measure(String report, int runs, int warmUps) throws IOException {
        Document document = ScriptsBenchmark.report(report);
        PdfWriter writer = new PdfWriter();
        WriteContext options = WriteContext.of(EditionOptions.builder().build(), "benchmark");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[runs];
        for (int run = -warmUps; run < runs; run++) {
            long start = threads.getCurrentThreadCpuTime();
            writer.write(document, OutputStream.nullOutputStream(), options);
            long took = threads.getCurrentThreadCpuTime() - start;
            if (run >= 0) {
                times[run] = took;
            }
        }
        return times;
    }

    /** The times {@link #measure} gives for {@code report} in a JVM of its own, started as this one was. */
    private static List<Long> fork(String report, int runs, int warmUps) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScriptsRatios.class.getName(),
                Integer.toString(runs), Integer.toString(warmUps), "1", report));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("measuring " + report + " failed: " + output);
        }
        // Only the lines of digits are times.
        return output.lines().filter(line -> line.matches("\\d+")).map(Long::valueOf).toList();
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
