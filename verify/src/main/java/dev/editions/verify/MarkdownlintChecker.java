package dev.editions.verify;

import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * markdownlint-cli2 over a Markdown edition, when it is installed (the program named by
 * {@code EDITIONS_MARKDOWNLINT}, else {@code markdownlint-cli2} on the {@code PATH}), with the rules
 * the Markdown edition keeps ({@code editions.markdownlint-cli2.jsonc}: every rule but those that
 * contradict a deliberate choice of the edition, each explained there). Reported as "not run" when
 * the program is not found.
 */
public final class MarkdownlintChecker implements EditionChecker {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String CONFIG = "editions.markdownlint-cli2.jsonc";
    private static final Pattern FINDING = Pattern.compile(
            "^.*?:(\\d+)(?::(\\d+))? (?:error |warning )?(MD\\d+)/(\\S+) (.*)$", Pattern.MULTILINE);
    private final Optional<ExternalTool> markdownlint;

    /** Finds markdownlint-cli2 as described above. */
    public MarkdownlintChecker() {
        this(ExternalTool.find("EDITIONS_MARKDOWNLINT", List.of("markdownlint-cli2"), List.of()));
    }

    MarkdownlintChecker(Optional<ExternalTool> markdownlint) {
        this.markdownlint = markdownlint;
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String name() {
        return "markdownlint-cli2";
    }

    @Override
    public String version() {
        String banner = markdownlint.map(tool -> tool.firstLineOf("--help")).orElse("");
        return banner.startsWith("markdownlint-cli2 ") ? banner.substring("markdownlint-cli2 ".length()) : banner;
    }

    @Override
    public String profile() {
        return "rules";
    }

    @Override
    public List<Finding> check(Path edition) {
        return run(edition).findings();
    }

    @Override
    public CheckResult run(Path edition) {
        if (markdownlint.isEmpty()) {
            return CheckResult.notRun(this, "markdownlint-cli2 is not installed (npm install -g markdownlint-cli2, "
                    + "or set EDITIONS_MARKDOWNLINT to its program)");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("editions-markdownlint");
            Path config = folder.resolve(CONFIG);
            try (InputStream in = MarkdownlintChecker.class.getResourceAsStream(CONFIG)) {
                Files.copy(in, config);
            }
            Optional<ExternalTool.Run> run = markdownlint.get().run(folder, TIMEOUT_SECONDS, "--config",
                    config.toString(), ":" + edition.toAbsolutePath());
            if (run.isEmpty()) {
                return CheckResult.notRun(this, "markdownlint-cli2 did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (run.get().exitCode() > 1) {
                return CheckResult.notRun(this, "markdownlint-cli2 failed: " + run.get().firstLine());
            }
            return CheckResult.of(this, -1, findings(run.get().output()));
        } catch (IOException e) {
            return CheckResult.notRun(this, "markdownlint-cli2 could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EditionsException.of(edition.toString(), "the check by markdownlint-cli2 was interrupted");
        } finally {
            ExternalTool.delete(folder);
        }
    }

    private static List<Finding> findings(String output) {
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = FINDING.matcher(output);
        while (matcher.find()) {
            findings.add(new Finding(matcher.group(3) + "/" + matcher.group(4), "line " + matcher.group(1)
                    + (matcher.group(2) == null ? "" : ", column " + matcher.group(2)), matcher.group(5)));
        }
        return findings;
    }
}
