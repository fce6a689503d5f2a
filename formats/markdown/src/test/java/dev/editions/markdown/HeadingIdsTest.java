package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.Diagnostic;
import dev.editions.Diagnostics;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Link;
import dev.editions.read.Source;
import dev.editions.text.Outline;
import dev.editions.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heading ids as GitHub makes them, the spellings links may use, and ids the author gives. */
class HeadingIdsTest {
    private static Document read(String markdown, Diagnostics diagnostics) {
        return new MarkdownReader().read(Source.of("report.md", markdown.getBytes(StandardCharsets.UTF_8)),
                diagnostics);
    }

    private static List<String> ids(Document document) {
        return Outline.of(document).entries().stream().map(Outline.Entry::id).toList();
    }

    private static List<String> links(Document document) {
        List<String> targets = new ArrayList<>();
        Blocks.forEachInline(document.blocks(), inline -> {
            if (inline instanceof Link link) {
                targets.add(link.target());
            }
        });
        return targets;
    }

    @Test
    void headingsInAnyScriptGetIdsAnAuthorCanGuess() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("""
                # Rapport

                ## Méta

                ## 中文标题

                ## Μέθοδος

                ## Итоги

                ## Méta

                See [a](#méta), [b](#meta), [c](#m%C3%A9ta), [d](#中文标题), [e](#μέθοδος), [f](#итоги),
                [g](#méta-1) and [h](#Méta).
                """, diagnostics);
        assertEquals(List.of("méta", "中文标题", "μέθοδος", "итоги", "méta-1"), ids(document));
        assertEquals(List.of("#méta", "#méta", "#méta", "#中文标题", "#μέθοδος", "#итоги", "#méta-1", "#méta"),
                links(document));
        assertEquals(List.of(), diagnostics.list());
    }

    @Test
    void anIdGivenAfterTheHeadingIsItsIdAndLeavesItsText() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("""
                # Report

                ## Main findings {#findings}

                ## Annex {#annex-a .unnumbered}

                ## The set {x}

                ## Escaped \\{#kept}

                See [the findings](#findings) and [the annex](#annex-a).
                """, diagnostics);
        assertEquals(List.of("findings", "annex-a", "the-set-x", "escaped-kept"), ids(document));
        assertEquals("Main findings", PlainText.of(document.blocks().get(0)));
        assertEquals("findings", ((Heading) document.blocks().get(0)).id());
        assertEquals("Annex", PlainText.of(document.blocks().get(1)));
        assertEquals("The set {x}", PlainText.of(document.blocks().get(2)));
        assertEquals("Escaped {#kept}", PlainText.of(document.blocks().get(3)));
        assertEquals(null, ((Heading) document.blocks().get(3)).id());
        assertEquals(List.of("#findings", "#annex-a"), links(document));
        assertEquals(List.of(), diagnostics.list().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theMarkdownEditionKeepsGivenIdsAndLiteralBraces() {
        Document document = read("# Report\n\n## Main findings {#findings}\n\n## Escaped \\{#kept}\n\nText.\n",
                new Diagnostics("report.md"));
        String written = new String(EditionsUnderTest.write(document), StandardCharsets.UTF_8);
        assertEquals(true, written.contains("## Main findings {#findings}\n"), written);
        assertEquals(true, written.contains("## Escaped \\{#kept}\n"), written);
        Document again = read(written, new Diagnostics("report.md"));
        assertEquals(ids(document), ids(again));
    }
}
