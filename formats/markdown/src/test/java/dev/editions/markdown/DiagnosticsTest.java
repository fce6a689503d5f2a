package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.Diagnostic;
import dev.editions.Diagnostics;
import dev.editions.model.Document;
import dev.editions.model.Link;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader keeps with a change is reported as diagnostics with their lines, never logged. */
class DiagnosticsTest {
    private static Document read(String markdown, Diagnostics diagnostics) {
        return new MarkdownReader().read(Source.of("report.md", markdown.getBytes(StandardCharsets.UTF_8)),
                diagnostics);
    }

    @Test
    void onlySafeAddressesBecomeLinksAndTheOthersKeepTheirText() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("""
                # Report

                [Site](https://example.org) and [mail](mailto:a@example.org) and [top](#report).

                [Run](javascript:alert(1)) [data](data:text/html,x) [file](file:///etc/passwd)
                [vb](VBScript:msgbox) <javascript:alert(2)>
                """, diagnostics);
        assertEquals(List.of("link.scheme", "link.scheme", "link.scheme", "link.scheme", "link.scheme"),
                diagnostics.list().stream().map(Diagnostic::code).toList());
        assertEquals(List.of(5L, 5L, 5L, 6L, 6L), diagnostics.list().stream().map(Diagnostic::line).toList());
        Paragraph unsafe = (Paragraph) document.blocks().get(2);
        assertEquals(List.of(), unsafe.content().stream().filter(Link.class::isInstance).toList());
        Paragraph safe = (Paragraph) document.blocks().get(1);
        assertEquals(3, safe.content().stream().filter(Link.class::isInstance).count());
    }

    @Test
    void theModelRefusesAnUnsafeLinkFromAnyReader() {
        assertThrows(IllegalArgumentException.class,
                () -> new Link("javascript:alert(1)", null, List.of(new Text("x"))));
        assertThrows(IllegalArgumentException.class, () -> new Link("#", null, List.of(new Text("x"))));
        assertEquals("HTTPS://example.org", new Link("HTTPS://example.org", null, List.of(new Text("x"))).target());
    }

    @Test
    void warningsCarryTheirLineAndAreCountedPastTheLimit() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        read("Text <blink>here</blink>.\n\n" + "<u>x</u>\n\n".repeat(300), diagnostics);
        List<Diagnostic> found = diagnostics.list();
        assertEquals(Diagnostics.MAX_KEPT + 1, found.size());
        assertEquals(new Diagnostic("report.md", 1, "html.tag", found.get(0).message()), found.get(0));
        assertEquals("diagnostics.more", found.get(found.size() - 1).code());
    }
}
