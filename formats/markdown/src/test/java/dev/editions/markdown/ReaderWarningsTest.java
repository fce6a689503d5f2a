package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.Diagnostic;
import dev.editions.Diagnostics;
import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.read.Source;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in a Markdown source's content that do not stop the report: each keeps what it can (a
 * picture's alt text stands in for a picture that cannot be used) and is one warning naming the line.
 */
class ReaderWarningsTest {
    @TempDir
    Path folder;

    @Test
    void anUnknownFrontMatterKeyIsLeftOut() throws IOException {
        Read read = read("---\ntitle: T\npermalink: /a/b/\nsubnav:\n  - text: x\n---\n\nText.\n");
        assertEquals("T", read.document().metadata().title());
        assertEquals(List.of("report.md:3: warning: the front-matter key 'permalink' is not one Editions uses, so it"
                + " was left out; the keys are title, subtitle, authors, publishers, language, date, identifier,"
                + " description, keywords, rights", "report.md:4: warning: the front-matter key 'subnav' is not one"
                + " Editions uses, so it was left out; the keys are title, subtitle, authors, publishers, language,"
                + " date, identifier, description, keywords, rights"), read.warnings());
        assertEquals(List.of("Text."), read.texts());
    }

    @Test
    void aRowLongerThanTheHeaderWidensTheTable() throws IOException {
        Read read = read("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");
        assertEquals(List.of("report.md:1: warning: a row of the table has 3 cells but its header 2; the table was"
                + " widened to 3 columns so that no cell is lost"), read.warnings());
        dev.editions.model.Table table = (dev.editions.model.Table) read.document().blocks().get(0);
        assertEquals(List.of("1", "2", "3"), table.body().get(0).cells().stream()
                .map(cell -> PlainText.of(cell.content())).toList());
        assertEquals(3, table.header().get(0).cells().size());
    }

    @Test
    void aMissingImageLeavesItsAltText() throws IOException {
        Read read = read("# Title\n\n![A chart of the votes](gone.png)\n\nAfter.\n");
        assertEquals(List.of("report.md:3: warning: the image 'gone.png' does not exist (looked for "
                + folder.resolve("gone.png") + "); its alt text stands in its place"), read.warnings());
        assertEquals(List.of("A chart of the votes", "After."), read.texts());
    }

    @Test
    void aRemoteImageIsNotFetchedAndLeavesItsAltText() throws IOException {
        Read read = read("Text.\n![A chart](https://example.org/chart.png)\n\n![](//example.org/x.png)\n\n"
                + "![Passwords](file:///etc/passwd)\n");
        assertEquals(List.of(
                "report.md:2: warning: the image 'https://example.org/chart.png' is not a file beside the report;"
                        + " remote images are not fetched: save the picture in the report's folder and give its"
                        + " relative path; its alt text stands in its place",
                "report.md:4: warning: the image '//example.org/x.png' is not a file beside the report; remote images"
                        + " are not fetched: save the picture in the report's folder and give its relative path; it"
                        + " has no alt text, so nothing stands in its place",
                "report.md:6: warning: the image 'file:///etc/passwd' is not a file beside the report; remote images"
                        + " are not fetched: save the picture in the report's folder and give its relative path; its"
                        + " alt text stands in its place"), read.warnings());
        assertEquals(List.of("Text. A chart", "Passwords"), read.texts(), "an image in a paragraph with text stays in it");
    }

    @Test
    void anImageOutsideTheSourceFolderIsNotRead() throws IOException {
        Files.write(folder.resolve("outside.png"), Pictures.barChartPng("outside.png", 1).bytes());
        Path inner = Files.createDirectory(folder.resolve("inner"));
        Read leaving = read(Files.writeString(inner.resolve("report.md"), "Text.\n\n![A chart](../outside.png)\n"));
        assertEquals(List.of(inner.resolve("report.md") + ":3: warning: the image path '../outside.png' leaves the"
                + " report's folder; images must be in the report's folder or below it; its alt text stands in its"
                + " place"), leaving.warnings());
        Read absolute = read("![A chart](" + folder.resolve("outside.png") + ")\n");
        assertEquals(List.of("report.md:1: warning: the image path '" + folder.resolve("outside.png") + "' is"
                + " absolute; give a path relative to the report; its alt text stands in its place"),
                absolute.warnings());
        assertEquals(List.of("A chart"), absolute.texts());
    }

    @Test
    void aSymbolicLinkOutOfTheSourceFolderIsNotFollowed() throws IOException {
        Path outside = Files.createDirectory(folder.resolve("outside"));
        Files.write(outside.resolve("chart.png"), Pictures.barChartPng("chart.png", 1).bytes());
        Path inner = Files.createDirectory(folder.resolve("inner"));
        Files.createSymbolicLink(inner.resolve("chart.png"), outside.resolve("chart.png"));
        Read read = read(Files.writeString(inner.resolve("report.md"), "![A chart](chart.png)\n"));
        assertEquals(List.of(inner.resolve("report.md") + ":1: warning: the image 'chart.png' links to a file outside"
                + " the report's folder; its alt text stands in its place"), read.warnings());
        assertEquals(List.of("A chart"), read.texts());
    }

    private record Read(Document document, List<String> warnings) {
        List<String> texts() {
            return document.blocks().stream().map(block -> block instanceof Paragraph p ? PlainText.of(p) : block.kind()).toList();
        }
    }

    private Read read(String markdown) throws IOException {
        return read(Files.writeString(folder.resolve("report.md"), markdown), "report.md");
    }

    private Read read(Path report) {
        return read(report, report.toString());
    }

    private Read read(Path report, String name) {
        Diagnostics diagnostics = new Diagnostics(name);
        Document document = new MarkdownReader().read(Source.of(report), diagnostics);
        return new Read(document, diagnostics.list().stream().map(Diagnostic::format).toList());
    }
}
