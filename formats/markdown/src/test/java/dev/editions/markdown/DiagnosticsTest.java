package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                ## Report

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
    void charactersNoEditionCanHoldAreRemovedFromBodyAndFrontMatterWithTheirLine() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("---\ntitle: \"Ti\\x01tle\\uFFFE\"\nauthors: [\"A\u0002nn\", Bob]\n"
                + "description: \"Say \\e[2J\\uD800\"\n---\n\n# Head\u001b]0;x\u0007ing\n\n"
                + "Text \uFFFF and here &#1; [a](https://example.org/&#3;x \"t&#xFFFF;\").\n", diagnostics);
        assertEquals("Title", document.metadata().title());
        assertEquals(List.of("Ann", "Bob"), document.metadata().authors());
        assertEquals("Say [2J", document.metadata().description());
        assertEquals("Head]0;xing", dev.editions.text.PlainText.of(document.blocks().get(0)));
        assertEquals("Text  and here  a.", dev.editions.text.PlainText.of(document.blocks().get(1)));
        Link link = (Link) ((Paragraph) document.blocks().get(1)).content().stream().filter(Link.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("https://example.org/x", link.target());
        assertEquals("t", link.title());
        List<String> found = diagnostics.list().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(
                "report.md:3: warning: removed 1 character no edition can hold (U+0002) from this line",
                "report.md:7: warning: removed 2 characters no edition can hold (U+001B, U+0007) from this line",
                "report.md:9: warning: removed 1 character no edition can hold (U+FFFF) from this line",
                "report.md:9: warning: removed 1 character no edition can hold (U+0001) from a character reference",
                "report.md:9: warning: removed 1 character no edition can hold (U+0003) from a link address",
                "report.md:9: warning: removed 1 character no edition can hold (U+FFFF) from a link title",
                "report.md:2: warning: removed 2 characters no edition can hold (U+0001, U+FFFE) from 'title' in the"
                        + " front matter",
                "report.md:4: warning: removed 2 characters no edition can hold (U+001B, U+D800) from 'description'"
                        + " in the front matter"), found);
        assertTrue(diagnostics.list().stream().allMatch(d -> d.code().equals("text.illegal-character")));
    }

    @Test
    void characterReferencesInAbbreviationsAndCodeLanguagesAreCleanedToo() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("## R\n\nThe WHO met.\n\n*[WHO]: World &#1;Health Organi&#xFFFE;sation\n\n"
                + "```py&#7;thon\nprint(1)\n```\n", diagnostics);
        assertEquals("World Health Organisation", document.glossary().longForm("WHO").orElseThrow());
        assertEquals("python", ((dev.editions.model.CodeBlock) document.blocks().get(2)).language());
        assertEquals(List.of(5L, 7L), diagnostics.list().stream().map(Diagnostic::line).toList());
    }

    @Test
    void aNullFrontMatterValueMeansTheFieldIsAbsent() {
        Document document = read("---\ntitle: ~\nsubtitle: null\nauthors: [~, Ann]\ndescription:\nlanguage: ~\n"
                + "rights: \"~\"\n---\n\n# From the heading\n\nText.\n", new Diagnostics("report.md"));
        assertEquals("From the heading", document.metadata().title());
        assertEquals(null, document.metadata().subtitle());
        assertEquals(List.of("Ann"), document.metadata().authors());
        assertEquals(null, document.metadata().description());
        assertEquals("und", document.metadata().language());
        assertEquals("~", document.metadata().rights(), "a quoted tilde is text");
    }

    @Test
    void anAddressThatIsNoUriKeepsItsTextAndOneWithOddCharactersIsEncoded() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("## R\n\n[empty](https:) and [odd](https://example.org/a{c}\u00e9).\n", diagnostics);
        assertEquals(List.of("link.invalid"), diagnostics.list().stream().map(Diagnostic::code).toList());
        List<String> targets = ((Paragraph) document.blocks().get(1)).content().stream()
                .filter(Link.class::isInstance).map(i -> ((Link) i).target()).toList();
        assertEquals(List.of("https://example.org/a%7Bc%7D%C3%A9"), targets);
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

    @Test
    void aLinkToAHeadingThatDoesNotExistKeepsItsTextWithAWarning() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("## Main findings\n\nSee [below](#main-findings).\n\n"
                + "And *[the findings](#findings)* and [again](#findings).\n", diagnostics);
        assertEquals(List.of("report.md:5: warning: the link to '#findings' points at no heading, so only its text was"
                + " kept; a heading is linked by its text in lower case with hyphens for spaces"
                + " (e.g. '## Main findings' is #main-findings) or by the id given after it ('## Findings {#findings}')"),
                diagnostics.list().stream().map(Diagnostic::format).toList());
        assertEquals("And the findings and again.", dev.editions.text.PlainText.of(document.blocks().get(2)));
        assertEquals(List.of("#main-findings"), links(document));
    }

    @Test
    void anUnreadableLinkedImageKeepsTheLinkWithTheAltTextAsItsText() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("## Project ![logo](logo.png)\n\n[![Build status](https://img.example.org/build.svg)](https://ci.example.org)"
                + " [![](badge.png)](https://example.org/x)\n\n## Table\n\n| a | ![b][pic] |\n|---|---|\n\n"
                + "[pic]: pic.png\n", diagnostics);
        assertEquals(List.of("image.inline", "image.remote", "image.missing", "image.missing"),
                diagnostics.list().stream().map(Diagnostic::code).toList());
        assertEquals(List.of(1L, 3L, 3L, 7L), diagnostics.list().stream().map(Diagnostic::line).toList());
        assertEquals("report.md:1: warning: the image 'logo.png' inside a heading cannot be placed, so its alt text"
                + " was kept; put the image in a paragraph of its own", diagnostics.list().get(0).format());
        assertTrue(diagnostics.list().get(1).message().endsWith("; its alt text stands in its place"));
        assertTrue(diagnostics.list().get(2).message().contains("it has no alt text, so nothing stands in its place"));
        assertEquals("Project logo", dev.editions.text.PlainText.of(document.blocks().get(0)));
        Link badge = (Link) ((Paragraph) document.blocks().get(1)).content().get(0);
        assertEquals("https://ci.example.org", badge.target());
        assertEquals(List.of(new Text("Build status")), badge.content());
        assertEquals(List.of("https://ci.example.org", "https://example.org/x"), links(document));
        assertEquals("a b", dev.editions.text.PlainText.of(document.blocks().get(3)).replaceAll("\\s+", " ").strip());
    }

    @Test
    void anUnsupportedHtmlTagIsLeftOutAndItsTextKept() {
        Diagnostics diagnostics = new Diagnostics("report.md");
        Document document = read("## Title\n\nPress <blink>here</blink> <custom-tag x=\"1\">now</custom-tag>.\n",
                diagnostics);
        assertEquals("Press here now.", dev.editions.text.PlainText.of(document.blocks().get(1)));
        assertEquals(List.of("report.md:3: warning: the HTML tag <blink> was left out; Markdown sources may use only"
                + " <span lang=\"…\">, <sup>, <sub>, <kbd> and <br>"), diagnostics.list().stream().map(Diagnostic::format).limit(1).toList());
        assertEquals(2, diagnostics.list().size(), "closing tags are left out silently");
    }

    /** The targets of every link in {@code document}, in reading order. */
    private static List<String> links(Document document) {
        List<String> targets = new java.util.ArrayList<>();
        dev.editions.model.Blocks.forEachInline(document.blocks(), inline -> {
            if (inline instanceof Link link) {
                targets.add(link.target());
            }
        });
        return targets;
    }
}
