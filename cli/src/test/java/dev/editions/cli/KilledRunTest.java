package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Editions;
import dev.editions.fixtures.Pictures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed at any moment leaves the old set or, once the next run has recovered it, the new
 * set, never a mix. The publish runs in a new JVM and is stopped at every step it reaches (the
 * test-only hook {@code editions.test.haltAtStep} halts the JVM as a kill would), and by real kills
 * at random moments. After each kill a second run, halted right after its recovery, shows the state
 * the folder was brought to; a third, normal run then publishes the new set and leaves nothing else.
 */
@Tag("slow")
class KilledRunTest {
    private static final String EPOCH = "1767225600";
    private static final int HALTED = 137;

    /** A report of {@code paragraphs} paragraphs in sections, showing {@code pictures} of the pictures. */
    private static String report(String version, int paragraphs, int pictures) {
        SplittableRandom random = new SplittableRandom(paragraphs);
        String[] words = ("security dialogue policy experts council stability risk cooperation treaty region"
                + " crisis channel findings research analysis trust verification exchange measures").split(" ");
        StringBuilder text = new StringBuilder("---\ntitle: Regional security, " + version + "\nlanguage: en\n---\n\n");
        for (int p = 0; p < paragraphs; p++) {
            if (p % 40 == 0) {
                text.append("## Section ").append(p / 40 + 1).append("\n\n");
            }
            if (p % 100 == 50 && p / 100 < pictures) {
                text.append("![Chart ").append(p / 100 + 1).append("](chart").append(p / 100 + 1).append(".png)\n\n");
            }
            text.append(version).append(':');
            for (int w = 0; w < 40 + random.nextInt(40); w++) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            text.append(".\n\n");
        }
        return text.toString();
    }

    private record Run(int code, String err) {
    }

    private static Process start(Path source, Path output, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "publish",
                source.toString(), "-o", output.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        return builder.start();
    }

    private static Run publish(Path source, Path output, String... properties) throws Exception {
        Process process = start(source, output, properties);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the run finished");
        return new Run(process.exitValue(), err);
    }

    /** Every file under {@code folder} by its path, with its bytes. */
    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean same(Map<String, byte[]> one, Map<String, byte[]> two) {
        return one.keySet().equals(two.keySet())
                && one.keySet().stream().allMatch(name -> java.util.Arrays.equals(one.get(name), two.get(name)));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The sources, the old set, the new set, what a small report of the same name leaves over each, and the steps. */
    private record Fixture(Path source, Path small, Path pristine, Map<String, byte[]> oldSet,
            Map<String, byte[]> newSet, Map<String, byte[]> smallOverOld, Map<String, byte[]> smallOverNew,
            List<String> steps) {
        /** The 1-based step at which the pending manifest has been written. */
        int pendingStep() {
            return 1 + steps.indexOf(steps.stream().filter(s -> s.endsWith("pending manifest written")).findFirst()
                    .orElseThrow());
        }
    }

    private static Fixture fixture;

    /**
     * Publishes the old report (200 paragraphs, 2 pictures) into a folder kept as the old set, then
     * replaces the source by the new report (300 paragraphs, 3 pictures) and publishes it over a copy,
     * naming each step it takes; and publishes a small report of the same name over each set.
     */
    @BeforeAll
    static void publishTheSets(@TempDir Path folder) throws Exception {
        assertTrue(Editions.create().formats().containsAll(List.of("pdf", "docx", "epub", "md")),
                () -> "writers missing from the build: " + Editions.create().formats());
        Path sources = Files.createDirectory(folder.resolve("sources"));
        for (int n = 1; n <= 3; n++) {
            Files.write(sources.resolve("chart" + n + ".png"), Pictures.barChartPng("chart" + n + ".png", n).bytes());
        }
        Path source = Files.writeString(sources.resolve("report.md"), report("first draft", 200, 2));
        Path small = Files.writeString(Files.createDirectory(folder.resolve("small")).resolve("report.md"),
                "# Check\n\nA short check of the folder.\n");
        Path pristine = folder.resolve("pristine");
        Run old = publish(source, pristine);
        assertEquals(0, old.code(), old.err());
        Files.writeString(source, report("final text", 300, 3));
        Path reference = folder.resolve("reference");
        copy(pristine, reference);
        Run traced = publish(source, reference, "-Deditions.test.traceSteps=true");
        assertEquals(0, traced.code(), traced.err());
        List<String> steps = traced.err().lines().filter(line -> line.startsWith("step ")).toList();
        Map<String, byte[]> newSet = snapshot(reference);
        Path smallOverOld = folder.resolve("small-over-old");
        copy(pristine, smallOverOld);
        assertEquals(0, publish(small, smallOverOld).code());
        assertEquals(0, publish(small, reference).code());
        fixture = new Fixture(source, small, pristine, snapshot(pristine), newSet, snapshot(smallOverOld),
                snapshot(reference), steps);
        assertTrue(newSet.keySet().containsAll(fixture.oldSet().keySet()) && newSet.size() == fixture.oldSet().size() + 1,
                "the new set adds a picture: " + newSet.keySet());
    }

    /**
     * Checks the folder after a kill: once the next run has recovered it, it holds exactly the old or
     * the new set (returned as "old" or "new"); a normal run then leaves exactly that set with its own
     * beside it, without staging folder or temporary file, and a manifest that matches.
     */
    private static String afterKill(Path output, String what) throws Exception {
        Run observer = publish(fixture.small(), output, "-Deditions.test.haltAfterRecovery=true");
        assertEquals(HALTED, observer.code(), what + ": the observing run halts after its recovery: " + observer.err());
        Map<String, byte[]> now = snapshot(output);
        String state = same(now, fixture.oldSet()) ? "old" : same(now, fixture.newSet()) ? "new" : null;
        if (state == null) {
            throw new AssertionError(what + ": the folder holds neither the old nor the new set: " + now.keySet());
        }
        Run next = publish(fixture.small(), output);
        assertEquals(0, next.code(), next.err());
        assertTrue(same(snapshot(output), state.equals("old") ? fixture.smallOverOld() : fixture.smallOverNew()),
                what + ": the next run leaves its set, no staging folder, temporary or other file");
        return state;
    }

    @Test
    void aRunKilledAtAnyStepLeavesTheOldSetOrTheNewOne(@TempDir Path folder) throws Exception {
        assertTrue(fixture.steps().size() >= 20, "at least 20 steps to kill at: " + fixture.steps());
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int step = 1; step <= fixture.steps().size(); step++) {
            String what = fixture.steps().get(step - 1);
            Path output = folder.resolve("killed-" + step);
            copy(fixture.pristine(), output);
            Run killed = publish(fixture.source(), output, "-Deditions.test.haltAtStep=" + step);
            assertEquals(HALTED, killed.code(), "halted at " + what + ": " + killed.err());
            String state = afterKill(output, what);
            assertEquals(step < fixture.pendingStep() ? "old" : "new", state, "after a kill at " + what);
            outcomes.merge(state, 1, Integer::sum);
        }
        System.out.println("killed at " + fixture.steps().size() + " steps; recovered to " + outcomes);

        for (int step : List.of(fixture.pendingStep() - 1, fixture.pendingStep() + 2)) {
            Path output = folder.resolve("warned-" + step);
            copy(fixture.pristine(), output);
            assertEquals(HALTED, publish(fixture.source(), output, "-Deditions.test.haltAtStep=" + step).code());
            Run next = publish(fixture.small(), output);
            assertEquals(0, next.code(), next.err());
            List<String> warnings = next.err().lines().filter(line -> line.contains("interrupted run")).toList();
            String expected = step < fixture.pendingStep()
                    ? "an interrupted run left an incomplete set in \\Q" + output.toAbsolutePath()
                            + "\\E/.editions-staging-[0-9a-f]{12}; rolled back to the earlier editions"
                    : "an interrupted run left the editions in \\Q" + output.toAbsolutePath()
                            + "\\E partly replaced; rolled forward to its complete set";
            assertEquals(1, warnings.size(), next.err());
            assertTrue(warnings.get(0).matches("\\Q" + fixture.small() + "\\E: warning: " + expected), warnings.get(0));
        }
    }

    @Test
    void aRunKilledWhileRollingAnInterruptedSetForwardIsRecoveredToo(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("killed-twice");
        copy(fixture.pristine(), output);
        int beforeTheFirstMove = fixture.pendingStep() + 1;
        assertTrue(fixture.steps().get(beforeTheFirstMove - 1).contains("before moving"), fixture.steps().toString());
        assertEquals(HALTED, publish(fixture.source(), output, "-Deditions.test.haltAtStep=" + beforeTheFirstMove)
                .code());
        Run rolling = publish(fixture.small(), output, "-Deditions.test.haltAtStep=3");
        assertEquals(HALTED, rolling.code(), "halted after two of the moves it resumed: " + rolling.err());
        assertEquals("new", afterKill(output, "a kill while rolling forward"));
    }

    @Test
    void aRunKilledAtRandomMomentsLeavesTheOldSetOrTheNewOne(@TempDir Path folder) throws Exception {
        long started = System.nanoTime();
        Path timed = folder.resolve("timed");
        copy(fixture.pristine(), timed);
        assertEquals(0, publish(fixture.source(), timed).code());
        long millis = (System.nanoTime() - started) / 1_000_000;
        SplittableRandom random = new SplittableRandom(20261203);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int kill = 0; kill < 4; kill++) {
            Path output = folder.resolve("killed-" + kill);
            copy(fixture.pristine(), output);
            long delay = millis / 2 + random.nextLong(millis / 2 + 1);
            Process process = start(fixture.source(), output);
            if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                outcomes.merge("finished before the kill", 1, Integer::sum);
            } else {
                process.destroyForcibly().waitFor();
            }
            outcomes.merge(afterKill(output, "killed after " + delay + " ms"), 1, Integer::sum);
        }
        System.out.println("a normal run took " + millis + " ms; random kills recovered to " + outcomes);
    }
}
