package dev.editions.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
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
 * DAISY Ace, the EPUB accessibility checker (axe-core in a headless Chromium), when it is installed:
 * the program named by {@code EDITIONS_ACE}, else {@code ace} or {@code ace-cli} on the {@code PATH},
 * else the copy {@code .ci/checks/ace.sh} installs in {@code ~/.cache/editions}. Reported as "not
 * run" when none is found, or when {@code EDITIONS_ACE} names no program (set it to {@code none} to
 * leave Ace out). Each violation Ace reports is a finding.
 */
public final class AceChecker implements EditionChecker {
    private static final long TIMEOUT_SECONDS = 300;
    private final Optional<Path> program;

    /** Finds Ace as described above. */
    public AceChecker() {
        this(find());
    }

    AceChecker(Optional<Path> program) {
        this.program = program;
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String name() {
        return "DAISY Ace";
    }

    @Override
    public String version() {
        return program.map(AceChecker::versionOf).orElse("");
    }

    @Override
    public String profile() {
        return "EPUB Accessibility 1.1";
    }

    @Override
    public List<Finding> check(Path edition) {
        return run(edition).findings();
    }

    @Override
    public CheckResult run(Path edition) {
        if (program.isEmpty()) {
            return CheckResult.notRun(this, "DAISY Ace is not installed (npm install -g @daisy/ace, "
                    + "or set EDITIONS_ACE to its program)");
        }
        Path reports = null;
        try {
            reports = Files.createTempDirectory("editions-ace");
            Process ace = command(program.get().toString(), "-f", "-s", "-o", reports.toString(),
                    edition.toAbsolutePath().toString()).start();
            String output = new String(ace.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ace.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                ace.destroyForcibly();
                return CheckResult.notRun(this, "DAISY Ace did not finish within " + TIMEOUT_SECONDS + " s");
            }
            Path report = reports.resolve("report.json");
            if (!Files.isRegularFile(report)) {
                return CheckResult.notRun(this, "DAISY Ace wrote no report: " + firstLine(output));
            }
            return CheckResult.of(this, -1, violations(new ObjectMapper().readTree(report.toFile())));
        } catch (IOException e) {
            return CheckResult.notRun(this, "DAISY Ace could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EditionsException.of(edition.toString(), "the check by DAISY Ace was interrupted");
        } finally {
            delete(reports);
        }
    }

    private static List<Finding> violations(JsonNode report) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode document : report.path("assertions")) {
            String where = document.path("earl:testSubject").path("url").asText("");
            for (JsonNode assertion : document.path("assertions")) {
                JsonNode test = assertion.path("earl:test");
                String description = assertion.path("earl:result").path("dct:description").asText("").strip();
                findings.add(new Finding("ace." + test.path("dct:title").asText("violation"), where,
                        test.path("earl:impact").asText("") + ": " + firstLine(description.isEmpty()
                                ? test.path("dct:description").asText("a violation") : description)));
            }
        }
        return findings;
    }

    private static ProcessBuilder command(String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            builder.environment().putIfAbsent("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
        }
        return builder;
    }

    private static String versionOf(Path program) {
        try {
            Process process = command(program.toString(), "--version").start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) ? firstLine(output) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Optional<Path> find() {
        String named = System.getenv("EDITIONS_ACE");
        if (named != null && !named.isBlank()) {
            Path program = Path.of(named);
            return Files.isExecutable(program) ? Optional.of(program) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                for (String name : List.of("ace", "ace-cli")) {
                    Path candidate = Path.of(folder, name);
                    if (Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        Path cached = Path.of(System.getProperty("user.home"), ".cache", "editions", "ace-1.4.6", "node_modules",
                ".bin", "ace-cli");
        return Files.isExecutable(cached) ? Optional.of(cached) : Optional.empty();
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail a check.
        }
    }
}
