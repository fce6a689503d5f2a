package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editions.check.CheckResult;
import dev.editions.check.ConformanceHtml;
import dev.editions.check.ConformanceJson;
import dev.editions.check.ConformanceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The report as JSON and HTML: the documented fields, the same bytes every run, failures listed. */
@Tag("slow")
class ConformanceReportTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    private static ConformanceReport sampleReport() {
        return Checkers.verifier().verify(List.of(WrittenEditions.of("sample", "pdf"),
                WrittenEditions.of("sample", "epub")), AT);
    }

    @Test
    void theJsonHasEveryDocumentedFieldAndTheSameBytesEveryRun() throws Exception {
        ConformanceReport report = sampleReport();
        String json = ConformanceJson.of(report);
        assertEquals(json, ConformanceJson.of(sampleReport()));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("2026-01-02T03:04:05Z", root.get("checkedAt").asText());
        assertTrue(root.get("passed").asBoolean());
        JsonNode pdf = root.get("editions").get(1);
        Path file = WrittenEditions.of("sample", "pdf");
        assertEquals(file.toString(), pdf.get("file").asText());
        assertEquals("pdf", pdf.get("format").asText());
        assertEquals(Files.size(file), pdf.get("size").asLong());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                pdf.get("sha256").asText());
        JsonNode ua = pdf.get("checks").get(1);
        assertEquals("veraPDF", ua.get("checker").asText());
        assertEquals("1.30.2", ua.get("version").asText());
        assertEquals("PDF/UA-1", ua.get("profile").asText());
        assertEquals("pass", ua.get("status").asText());
        assertTrue(ua.get("checksRun").asInt() > 100);
        JsonNode ace = root.get("editions").get(0).get("checks").get(0);
        assertEquals("not-run", ace.get("status").asText());
        assertTrue(ace.get("note").asText().contains("not installed"));
    }

    @Test
    void aFailureIsListedInTheSummaryTheJsonAndTheHtml() throws Exception {
        Path edition = WrittenEditions.of("feature-rich", "md");
        Path broken = Files.writeString(WrittenEditions.copy(edition, "broken-sample.md"),
                Files.readString(edition).replaceFirst("\n## ", "\n#### "));
        ConformanceReport report = Checkers.verifier().verify(List.of(broken), AT);
        assertTrue(report.failed());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).contains("md.heading-increment"));
        assertTrue(report.editions().get(0).summary().endsWith("Markdown lint and round trip FAIL (1 finding), "
                + "markdownlint-cli2 not run"),
                report.editions().get(0).summary());
        JsonNode root = new ObjectMapper().readTree(ConformanceJson.of(report));
        assertFalse(root.get("passed").asBoolean());
        assertEquals("md.heading-increment",
                root.get("editions").get(0).get("checks").get(0).get("findings").get(0).get("rule").asText());
        String html = ConformanceHtml.of(report);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<caption>Checks of "));
        assertTrue(html.contains("<th scope=\"col\">Checker</th>"));
        assertTrue(html.contains("<code>md.heading-increment</code>"));
    }

    @Test
    void aPassingPdfSummarySaysWhatRan() {
        List<String> summaries = sampleReport().editions().stream().map(e -> e.summary()).toList();
        assertTrue(summaries.get(0).endsWith("sample.epub: DAISY Ace not run, EPUBCheck pass, Editions EPUB rules pass"),
                summaries.get(0));
        assertTrue(summaries.get(1).matches(".*sample\\.pdf: veraPDF PDF/A-2a pass \\([\\d,]+ checks\\), "
                + "veraPDF PDF/UA-1 pass \\([\\d,]+ checks\\), structure pass"), summaries.get(1));
    }

    @Test
    void aMissingToolIsNotRunNotAFailure() {
        CheckResult result = new AceChecker(java.util.Optional.empty()).run(WrittenEditions.of("sample", "epub"));
        assertEquals(CheckResult.Status.NOT_RUN, result.status());
        assertFalse(result.failed());
    }
}
