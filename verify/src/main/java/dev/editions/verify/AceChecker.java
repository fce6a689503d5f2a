package dev.editions.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DAISY Ace, the EPUB accessibility checker (axe-core in a headless Chromium), when it is installed:
 * the program named by {@code EDITIONS_ACE}, else {@code ace} or {@code ace-cli} on the {@code PATH},
 * else the copy {@code .ci/checks/ace.sh} installs in {@code ~/.cache/editions}. Reported as "not
 * run" when none is found, or when {@code EDITIONS_ACE} names no program (set it to {@code none} to
 * leave Ace out). Each violation Ace reports is a finding.
 */
public final class AceChecker implements EditionChecker {
    private static final long TIMEOUT_SECONDS = 300;
    private final Optional<ExternalTool> ace;

    /** Finds Ace as described above. */
    public AceChecker() {
        this(ExternalTool.find("EDITIONS_ACE", List.of("ace", "ace-cli"), List.of(Path.of(
                System.getProperty("user.home"), ".cache", "editions", "ace-1.4.6", "node_modules", ".bin", "ace-cli"))));
    }

    AceChecker(Optional<ExternalTool> ace) {
        this.ace = ace;
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
        return ace.map(tool -> tool.firstLineOf("--version")).orElse("");
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
        if (ace.isEmpty()) {
            return CheckResult.notRun(this, "DAISY Ace is not installed (npm install -g @daisy/ace, "
                    + "or set EDITIONS_ACE to its program)");
        }
        Path reports = null;
        try {
            reports = Files.createTempDirectory("editions-ace");
            Optional<ExternalTool.Run> run = ace.get().run(reports, TIMEOUT_SECONDS, "-f", "-s", "-o",
                    reports.toString(), edition.toAbsolutePath().toString());
            if (run.isEmpty()) {
                return CheckResult.notRun(this, "DAISY Ace did not finish within " + TIMEOUT_SECONDS + " s");
            }
            Path report = reports.resolve("report.json");
            if (!Files.isRegularFile(report)) {
                return CheckResult.notRun(this, "DAISY Ace wrote no report: " + run.get().firstLine());
            }
            return CheckResult.of(this, -1, violations(new ObjectMapper().readTree(report.toFile())));
        } catch (IOException e) {
            return CheckResult.notRun(this, "DAISY Ace could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EditionsException.of(edition.toString(), "the check by DAISY Ace was interrupted");
        } finally {
            ExternalTool.delete(reports);
        }
    }

    private static List<Finding> violations(JsonNode report) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode document : report.path("assertions")) {
            String where = document.path("earl:testSubject").path("url").asText("");
            for (JsonNode assertion : document.path("assertions")) {
                JsonNode test = assertion.path("earl:test");
                String description = assertion.path("earl:result").path("dct:description").asText("").strip();
                String text = description.isEmpty() ? test.path("dct:description").asText("a violation") : description;
                int end = text.indexOf('\n');
                findings.add(new Finding("ace." + test.path("dct:title").asText("violation"), where,
                        test.path("earl:impact").asText("") + ": " + (end < 0 ? text : text.substring(0, end))));
            }
        }
        return findings;
    }
}
