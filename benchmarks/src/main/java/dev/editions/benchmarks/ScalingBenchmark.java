package dev.editions.benchmarks;

import dev.editions.Draft;
import dev.editions.Editions;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every {@link ScalingShape} at sizes that double through the public API (reading and
 * normalising, then writing each edition into nothing), prints the time of each step and its growth
 * factor per doubling, and exits with status 1 when a step grows faster than linearly on average.
 *
 * <p>Arguments: the sizes (default 10000 20000 40000), optionally {@code --repeat N} (the best of N
 * runs counts; default 2) and {@code --only NAME} to run one shape.
 */
public final class ScalingBenchmark {
    private final Editions editions = Editions.create();
    private final PrintStream out;

    private ScalingBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        int repeat = 2;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10_000, 20_000, 40_000));
        }
        boolean linear = true;
        ScalingBenchmark benchmark = new ScalingBenchmark(System.out);
        for (ScalingShape shape : ScalingShape.all()) {
            if (only == null || shape.name().equals(only)) {
                linear &= benchmark.run(shape, sizes, repeat);
            }
        }
        System.out.println(linear ? "every step grows linearly" : "some step grows faster than linearly");
        System.exit(linear ? 0 : 1);
    }

    /** Runs one shape at every size; whether each of its steps grew linearly. */
    private boolean run(ScalingShape shape, List<Integer> sizes, int repeat) throws IOException {
        measure(shape, sizes.get(0));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int size : sizes) {
            Map<String, Double> best = new LinkedHashMap<>();
            for (int r = 0; r < repeat; r++) {
                measure(shape, size).forEach((step, millis) -> best.merge(step, millis, Math::min));
            }
            best.forEach((step, millis) -> times.computeIfAbsent(step, s -> new ArrayList<>()).add(millis));
        }
        boolean linear = true;
        for (Map.Entry<String, List<Double>> step : times.entrySet()) {
            Growth growth = new Growth(sizes, step.getValue());
            linear &= growth.linear();
            print(shape.name() + " " + step.getKey(), growth);
        }
        return linear;
    }

    /** The time of each step, in milliseconds, at one size. */
    private Map<String, Double> measure(ScalingShape shape, int size) throws IOException {
        byte[] source = shape.source().apply(size).getBytes(StandardCharsets.UTF_8);
        Map<String, Double> millis = new LinkedHashMap<>();
        System.gc();
        long start = System.nanoTime();
        Draft draft = editions.open(Source.of(shape.fileName(), source)).normalise();
        millis.put("read", (System.nanoTime() - start) / 1e6);
        Document document = draft.document();
        for (String format : shape.formats()) {
            System.gc();
            start = System.nanoTime();
            editions.writers().writer(format).write(document, OutputStream.nullOutputStream(),
                    WriteContext.of(EditionOptions.builder().build(), "scaling"));
            millis.put("write " + format, (System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private void print(String step, Growth growth) {
        StringBuilder line = new StringBuilder(String.format("%-42s", step));
        for (int i = 0; i < growth.sizes().size(); i++) {
            line.append(String.format(" %,8d: %,9.0f ms", growth.sizes().get(i), growth.millis().get(i)));
        }
        line.append("   growth per doubling ").append(Arrays.toString(growth.factors().stream()
                .map(f -> String.format("%.2f", f)).toArray())).append(String.format(", mean %.2f", growth.meanFactor()));
        out.println(line.append(growth.linear() ? "" : "   NOT LINEAR"));
    }
}
