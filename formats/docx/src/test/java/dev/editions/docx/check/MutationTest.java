package dev.editions.docx.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.check.Finding;
import dev.editions.docx.Editions;
import dev.editions.docx.Parts;
import dev.editions.docx.internal.check.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every rule can fail: each mutant breaks one property of a good edition, and the rule for
 * that property must report it.
 */
class MutationTest {
    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";

    @TempDir
    Path dir;

    /** A change to one part: every match of {@code regex} becomes {@code replacement}. */
    record Mutant(String rule, String part, String regex, String replacement) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Mutant> mutants() {
        return Stream.of(
                new Mutant("docx.title", "docProps/core.xml", "<dc:title>[^<]*</dc:title>", ""),
                new Mutant("docx.language", STYLES, "<w:lang w:val=\"en-GB\"/>", ""),
                new Mutant("docx.language", STYLES, "<w:lang w:val=\"en-GB\"/>", "<w:lang w:val=\"und\"/>"),
                new Mutant("docx.style-defined", DOCUMENT, "w:pStyle w:val=\"Quote\"", "w:pStyle w:val=\"Zitat\""),
                new Mutant("docx.heading-outline", STYLES, "<w:outlineLvl w:val=\"1\"/>", ""),
                new Mutant("docx.contrast", STYLES, "w:val=\"0B5394\"", "w:val=\"8FAADC\""),
                new Mutant("docx.headings", DOCUMENT, "w:pStyle w:val=\"Heading\\d\"", "w:pStyle w:val=\"Quote\""),
                new Mutant("docx.heading-order", DOCUMENT, "w:pStyle w:val=\"Heading2\"", "w:pStyle w:val=\"Heading4\""),
                new Mutant("docx.heading-empty", DOCUMENT, ">Findings</w:t>", "></w:t>"),
                new Mutant("docx.toc", DOCUMENT, "<w:instrText[^>]*>[^<]*</w:instrText>", ""),
                new Mutant("docx.table-header", DOCUMENT, "<w:tblHeader/>", ""),
                new Mutant("docx.table-grid", DOCUMENT, "<w:tblGrid>.*?</w:tblGrid>", "<w:tblGrid/>"),
                new Mutant("docx.table-caption", DOCUMENT, "<w:tblCaption [^>]*/>", ""),
                new Mutant("docx.table-description", DOCUMENT, "<w:tblDescription [^>]*/>", ""),
                new Mutant("docx.alt-text", DOCUMENT, "descr=\"Bar chart[^\"]*\"", "descr=\"\""),
                new Mutant("docx.alt-text-file-name", DOCUMENT, "descr=\"Bar chart[^\"]*\"",
                        "descr=\"meetings-per-quarter.png\""),
                new Mutant("docx.drawing-id", DOCUMENT, "<wp:docPr id=\"2\"", "<wp:docPr id=\"1\""),
                new Mutant("docx.floating-image", DOCUMENT, "wp:inline", "wp:anchor"),
                new Mutant("docx.link-target", DOCUMENT, "<w:hyperlink r:id=\"rId\\d+\"", "<w:hyperlink r:id=\"rId999\""),
                new Mutant("docx.bookmark", DOCUMENT, "w:name=\"findings\"", "w:name=\"results\""),
                new Mutant("docx.link-text", DOCUMENT, "two-page summary", "click here"),
                new Mutant("docx.empty-paragraph", DOCUMENT, "<w:body>", "<w:body><w:p/>"),
                new Mutant("docx.typed-list", DOCUMENT, "<w:body>",
                        "<w:body><w:p><w:r><w:t>\u2022 a typed bullet</w:t></w:r></w:p>"),
                new Mutant("docx.abbreviation", DOCUMENT, "North Atlantic Treaty Organization \\(NATO\\)", "NATO"),
                new Mutant("docx.numbering", DOCUMENT, "<w:numId w:val=\"1\"/>", "<w:numId w:val=\"77\"/>"));
    }

    @ParameterizedTest
    @MethodSource("mutants")
    void eachBrokenPropertyTripsItsRule(Mutant mutant) {
        Map<String, byte[]> parts = new LinkedHashMap<>(Parts.of(Editions.of("feature-rich")));
        String before = new String(parts.get(mutant.part()), StandardCharsets.UTF_8);
        String after = before.replaceAll("(?s)" + mutant.regex(), mutant.replacement());
        assertNotEquals(before, after, "the mutant changed nothing");
        parts.put(mutant.part(), after.getBytes(StandardCharsets.UTF_8));
        Path file = Editions.file(dir, "mutant.docx", Parts.zip(parts));
        List<Finding> findings = new DocxChecker().check(file);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(mutant.rule())),
                mutant.rule() + " did not trip; findings: " + findings);
    }

    @Test
    void everyRuleHasAMutant() {
        assertEquals(Rules.IDS, mutants().map(Mutant::rule).distinct().toList());
    }
}
