package dev.editions.verify;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A validator that runs as a program of its own (DAISY Ace, markdownlint-cli2): found from an
 * environment variable or the {@code PATH}, run with a time limit, its output read whole.
 */
final class ExternalTool {
    private final Path program;

    private ExternalTool(Path program) {
        this.program = program.toAbsolutePath();
    }

    /**
     * The program {@code variable} names (if it is one), else the first of {@code names} on the
     * {@code PATH}, else the first of {@code fallbacks} that exists.
     */
    static Optional<ExternalTool> find(String variable, List<String> names, List<Path> fallbacks) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            Path program = Path.of(named);
            return Files.isExecutable(program) ? Optional.of(new ExternalTool(program)) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                names.forEach(name -> candidates.add(Path.of(folder, name)));
            }
        }
        candidates.addAll(fallbacks);
        return candidates.stream().filter(Files::isExecutable).findFirst().map(ExternalTool::new);
    }

    /** What a run printed (standard output and error together) and its exit code. */
    record Run(int exitCode, String output) {
        /** The first line printed, for a message. */
        String firstLine() {
            String stripped = output.strip();
            int end = stripped.indexOf('\n');
            return end < 0 ? stripped : stripped.substring(0, end);
        }
    }

    /**
     * Runs the program with {@code arguments} in {@code folder}.
     *
     * @return the run, or empty when it did not end within {@code seconds}
     */
    Optional<Run> run(Path folder, long seconds, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            builder.environment().putIfAbsent("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        return Optional.of(new Run(process.exitValue(), output));
    }

    /** The first line the program prints for {@code arguments} (its version), or empty. */
    String firstLineOf(String... arguments) {
        try {
            return run(Path.of(System.getProperty("java.io.tmpdir")), 30, arguments).map(Run::firstLine).orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Deletes a temporary folder and what it holds; a folder left behind is no reason to fail. */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Temporary files are removed by the system in time.
        }
    }
}
