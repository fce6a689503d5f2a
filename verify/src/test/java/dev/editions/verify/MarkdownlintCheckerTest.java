package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.editions.check.CheckResult;
import dev.editions.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * markdownlint-cli2, pinned in {@code .ci/markdownlint} (CI installs it before the build): the
 * editions pass with the edition's rules, a broken one fails with the rule's id, and a machine
 * without it reports "not run".
 */
@Tag("slow")
class MarkdownlintCheckerTest {
    private static final Path PINNED = Path.of("..", ".ci", "markdownlint", "node_modules", ".bin", "markdownlint-cli2");

    private static MarkdownlintChecker pinned() {
        assumeTrue(Files.isExecutable(PINNED), "markdownlint-cli2 is not installed in .ci/markdownlint (npm ci there)");
        return new MarkdownlintChecker(ExternalTool.find("EDITIONS_NO_SUCH_VARIABLE", List.of(), List.of(PINNED)));
    }

    @Test
    void theEditionsPassAndABrokenOneFails() throws IOException {
        MarkdownlintChecker checker = pinned();
        assertTrue(checker.version().startsWith("v0."), checker.version());
        for (String fixture : WrittenEditions.fixtures().keySet()) {
            CheckResult result = checker.run(WrittenEditions.of(fixture, "md"));
            assertEquals(CheckResult.Status.PASS, result.status(), fixture + ": " + result);
        }
        Path edition = WrittenEditions.of("feature-rich", "md");
        Path broken = Files.writeString(WrittenEditions.copy(edition, "lint-broken.md"),
                Files.readString(edition).replaceFirst("\n\n## ", "  \n\n\n## "));
        List<Finding> findings = checker.run(broken).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("MD009/no-trailing-spaces")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("MD012/no-multiple-blanks")), findings.toString());
    }

    @Test
    void withoutTheProgramItIsNotRun() {
        CheckResult result = new MarkdownlintChecker(Optional.empty()).run(WrittenEditions.of("sample", "md"));
        assertEquals(CheckResult.Status.NOT_RUN, result.status());
        assertTrue(result.note().contains("not installed"), result.note());
    }
}
