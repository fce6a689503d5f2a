package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Editions;
import dev.editions.fixtures.Pictures;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Break;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Figure;
import dev.editions.model.Heading;
import dev.editions.model.Image;
import dev.editions.model.Inline;
import dev.editions.model.InlineImage;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.read.SourceReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Markdown sources into the model. */
class MarkdownReaderTest {
    @TempDir
    Path folder;

    @Test
    void readsTheFrontMatterIntoTheMetadata() {
        Document document = read("""
                ---
                title: "Defining Dialogue: Part 2"
                subtitle: A RIAC and RUSI report
                author: Ada Example
                publishers: [RUSI, RIAC]
                lang: en-GB
                date: 2018-06-01
                identifier: urn:isbn:9780000000002
                description: Findings of the second round.
                keywords:
                  - security
                  - dialogue
                rights: © 2018 RUSI
                ---

                Text.
                """);
        Metadata expected = Metadata.builder().title("Defining Dialogue: Part 2").subtitle("A RIAC and RUSI report")
                .authors(List.of("Ada Example")).publishers(List.of("RUSI", "RIAC")).language("en-GB")
                .date(LocalDate.of(2018, 6, 1)).identifier("urn:isbn:9780000000002")
                .description("Findings of the second round.").keywords(List.of("security", "dialogue"))
                .rights("© 2018 RUSI").build();
        assertEquals(expected, document.metadata());
        assertEquals(List.of(Paragraph.of("Text.")), document.blocks());
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() {
        Document document = read("Intro.\n\n## The *real* title\n\nText.\n");
        assertEquals("The real title", document.metadata().title());
        assertEquals("und", document.metadata().language());
        assertEquals(3, document.blocks().size(), "the heading stays in the text");
    }

    @Test
    void readsInlineMarkup() {
        Document document = read("""
                Some *emphasis*, **strong**, **_both_**, `code`, a [link](https://example.org/a "Title"),
                a [reference][ref], <https://example.org/auto> and <span lang="ru">Привет</span>.\\
                After a break, *RUSI* works with RIAC.

                [ref]: https://example.org/ref

                *[RUSI]: Royal United Services Institute
                *[RIAC]: Russian International Affairs Council
                """);
        Abbreviation rusi = new Abbreviation("RUSI", "Royal United Services Institute");
        Abbreviation riac = new Abbreviation("RIAC", "Russian International Affairs Council");
        List<Inline> expected = List.of(text("Some "), new Emphasis(List.of(text("emphasis"))), text(", "),
                new Strong(List.of(text("strong"))), text(", "), new Strong(List.of(new Emphasis(List.of(text("both"))))),
                text(", "), new Code("code"), text(", a "), new Link("https://example.org/a", "Title", List.of(text("link"))),
                text(", a "), new Link("https://example.org/ref", null, List.of(text("reference"))), text(", "),
                new Link("https://example.org/auto", null, List.of(text("https://example.org/auto"))), text(" and "),
                new LanguageSpan("ru", List.of(text("Привет"))), text("."), LineBreak.INSTANCE,
                text("After a break, "), new Emphasis(List.of(rusi)), text(" works with "), riac, text("."));
        assertEquals(List.of(new Paragraph(expected)), document.blocks());
        assertEquals(Map.of("RUSI", rusi.longForm(), "RIAC", riac.longForm()), document.glossary().entries());
    }

    @Test
    void marksEveryUseOfADefinedAbbreviationOutsideWordsAndCode() {
        Document document = read("""
                ООН and UN-led, not UNESCO or FUN; R&D; `UN` in code; a\\E b.

                *[ООН]: Организация Объединённых Наций
                *[UN]: United Nations
                *[R&D]: research and development
                *[a\\E]: a quote end
                """);
        List<Inline> expected = List.of(new Abbreviation("ООН", "Организация Объединённых Наций"), text(" and "),
                new Abbreviation("UN", "United Nations"), text("-led, not UNESCO or FUN; "),
                new Abbreviation("R&D", "research and development"), text("; "), new Code("UN"), text(" in code; "),
                new Abbreviation("a\\E", "a quote end"), text(" b."));
        assertEquals(List.of(new Paragraph(expected)), document.blocks());
    }

    @Test
    void readsBlocks() {
        Document document = read("""
                # One

                > Quoted
                > text.

                3. three
                4. four
                   - nested
                     - deeper

                ---

                ```java
                int x = 1;

                  x++;
                ```

                Table: Meetings by year.

                | Year | Meetings | Note |
                |:-----|---------:|:----:|
                | 2017 | 12 | `a\\|b` |
                | 2018 |
                """);
        List<Block> expected = List.of(
                new Quote(List.of(Paragraph.of("Quoted text."))),
                new ListBlock(true, 3, List.of(ListItem.of("three"), new ListItem(List.of(Paragraph.of("four"),
                        ListBlock.bulleted(List.of(new ListItem(List.of(Paragraph.of("nested"),
                                ListBlock.bulleted(List.of(ListItem.of("deeper"))))))))))),
                new Break(),
                new CodeBlock("java", "int x = 1;\n\n  x++;"),
                new Table(List.of(text("Meetings by year.")),
                        List.of(Table.Alignment.START, Table.Alignment.END, Table.Alignment.CENTER),
                        List.of(Table.Row.of("Year", "Meetings", "Note")),
                        List.of(new Table.Row(List.of(Table.Cell.of("2017"), Table.Cell.of("12"),
                                        new Table.Cell(List.of(new Code("a|b"))))),
                                Table.Row.of("2018", "", ""))));
        assertEquals(expected, document.blocks());
        assertEquals("One", document.metadata().title(), "the only level-1 heading is the title, not repeated");
    }

    @Test
    void theFirstHeadingStaysInTheBodyUnlessItIsTheOnlyTitleLikeHeading() {
        assertEquals(List.of("Title", "Intro", "Text."), texts("---\ntitle: Title\n---\n\n# Title\n\n## Intro\n\nText.\n"));
        assertEquals(List.of("Part one", "Text.", "Part two", "Text."),
                texts("# Part one\n\nText.\n\n# Part two\n\nText.\n"));
        assertEquals(List.of("Intro", "Text."), texts("## Intro\n\nText.\n"));
        assertEquals(List.of("Badges.", "Intro"), texts("Badges.\n\n# Project\n\n## Intro\n"));
        assertEquals("Project", read("Badges.\n\n# Project\n\n## Intro\n").metadata().title());
    }

    private List<String> texts(String markdown) {
        return read(markdown).blocks().stream().map(dev.editions.text.PlainText::of).toList();
    }

    @Test
    void footnotesBecomeNotesNumberedInTheOrderOfFirstReference() {
        Document document = read("""
                ## Findings

                First claim[^b] and second claim[^a], again[^b].

                - An item[^c].

                [^a]: Source A.
                [^b]: Source B, with *emphasis*.

                    Its second paragraph.
                [^c]: Source C.
                """);
        assertEquals(List.of(
                new Heading(2, List.of(text("Findings"))),
                new Paragraph(List.of(text("First claim"), new NoteReference("1"), text(" and second claim"),
                        new NoteReference("2"), text(", again"), new NoteReference("1"), text("."))),
                ListBlock.bulleted(List.of(new ListItem(List.of(new Paragraph(List.of(text("An item"),
                        new NoteReference("3"), text(".")))))))), document.blocks());
        assertEquals(List.of(
                new Note("1", List.of(new Paragraph(List.of(text("Source B, with "),
                        new Emphasis(List.of(text("emphasis"))), text("."))), Paragraph.of("Its second paragraph."))),
                Note.of("2", "Source A."),
                Note.of("3", "Source C.")), document.notes());
    }

    @Test
    void anUndefinedReferenceKeepsItsTextAndAnUnreferencedNoteItsBlocksWithWarnings() {
        dev.editions.Diagnostics diagnostics = new dev.editions.Diagnostics("report.md");
        Document document = new MarkdownReader().read(Source.of("report.md", """
                Text[^missing] and a note[^a].

                [^a]: Kept.
                [^orphan]: Nobody refers to this.
                """.getBytes(StandardCharsets.UTF_8)), diagnostics);
        assertEquals(List.of(
                new Paragraph(List.of(text("Text[^missing] and a note"), new NoteReference("1"), text("."))),
                Paragraph.of("Nobody refers to this.")), document.blocks());
        assertEquals(List.of(Note.of("1", "Kept.")), document.notes());
        assertEquals(List.of(
                "report.md:1: warning: the footnote reference '[^missing]' is kept as text: no footnote 'missing'"
                        + " is defined",
                "report.md:4: warning: nothing refers to the footnote 'orphan', so its text is kept at the end of"
                        + " the report"), diagnostics.list().stream().map(dev.editions.Diagnostic::format).toList());
    }

    @Test
    void aReferenceInsideAFootnoteStaysTextWithAWarningAndOneInLinkTextIsNoLink() {
        dev.editions.Diagnostics diagnostics = new dev.editions.Diagnostics("report.md");
        Document document = new MarkdownReader().read(Source.of("report.md", """
                See [the source[^a]](https://example.org) and this[^b].

                [^a]: Note A.
                [^b]: Note B refers to[^a].
                """.getBytes(StandardCharsets.UTF_8)), diagnostics);
        // flexmark reads the footnote reference first, so the brackets around it make no link; the
        // address left in the text is a bare address, which GFM links by itself.
        assertEquals(List.of(new Paragraph(List.of(text("See [the source"), new NoteReference("1"), text("]("),
                new Link("https://example.org", null, List.of(text("https://example.org"))),
                text(") and this"), new NoteReference("2"), text(".")))), document.blocks());
        assertEquals(List.of(Note.of("1", "Note A."), Note.of("2", "Note B refers to[^a].")), document.notes());
        assertEquals(List.of("4 footnote.reference"),
                diagnostics.list().stream().map(d -> d.line() + " " + d.code()).toList());
    }

    @Test
    void imagesAloneInTheirParagraphBecomeFiguresAndImagesInTextStayInTheLine() throws IOException {
        Image chart = Pictures.barChartPng("chart.png", 1);
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/chart.png"), chart.bytes());
        Document document = readFile("""
                Before.

                ![Bar chart of meetings](img/chart.png "Figure 1. Meetings.")

                Text ![](img/chart.png) after ![the icon](img/chart.png) *and ![bold icon](img/chart.png)*.

                - Item ![item icon](img/chart.png) here.

                | a | b ![cell icon](img/chart.png) |
                |---|---|
                """);
        Image read = Image.of("chart.png", chart.bytes());
        assertEquals(List.of(
                Paragraph.of("Before."),
                Figure.of(read, "Bar chart of meetings", List.of(text("Figure 1. Meetings."))),
                new Paragraph(List.of(text("Text "), InlineImage.decorative(read), text(" after "),
                        InlineImage.of(read, "the icon"), text(" "),
                        new Emphasis(List.of(text("and "), InlineImage.of(read, "bold icon"))), text(".")))),
                document.blocks().subList(0, 3));
        ListBlock list = (ListBlock) document.blocks().get(3);
        assertEquals(List.of(new Paragraph(List.of(text("Item "), InlineImage.of(read, "item icon"), text(" here.")))),
                list.items().get(0).blocks());
        Table table = (Table) document.blocks().get(4);
        assertEquals(List.of(text("b "), InlineImage.of(read, "cell icon")),
                table.header().get(0).cells().get(1).content());
        assertEquals("Text  after the icon and bold icon.", dev.editions.text.PlainText.of(document.blocks().get(2)));
    }

    @Test
    void anUnreadableImageInTextIsItsAltTextWithAWarning() throws IOException {
        dev.editions.Diagnostics diagnostics = new dev.editions.Diagnostics("report.md");
        Path file = folder.resolve("report.md");
        Files.writeString(file, "Text ![the icon](missing.png) after.\n");
        Document document = new MarkdownReader().read(Source.of(file), diagnostics);
        assertEquals(List.of(Paragraph.of("Text the icon after.")), document.blocks());
        assertEquals(List.of("1 image.missing"), diagnostics.list().stream().map(d -> d.line() + " " + d.code()).toList());
    }

    @Test
    void aRelativeLinkKeepsItsTextOnly() {
        Document document = read("""
                ## Intro

                See the [annex](annex.pdf), [the summary][s], the [intro](#intro) and [mail](mailto:a@example.org).

                [s]: ../summary.html
                """);
        assertEquals(List.of(new Paragraph(List.of(text("See the annex, the summary, the "), new Link("#intro", null, List.of(text("intro"))), text(" and "),
                new Link("mailto:a@example.org", null, List.of(text("mail"))), text(".")))),
                document.blocks().subList(1, 2));
    }

    @Test
    void rawHtmlIsNotPassedThrough() {
        Document document = read("""
                <div class="note">
                <p>Kept &amp; <b>shown</b> as text.</p>
                </div>

                <!-- a comment -->

                Some <b>bold</b> words.
                """);
        assertEquals(List.of(Paragraph.of("Kept & shown as text."), Paragraph.of("Some bold words.")),
                document.blocks());
    }

    @Test
    void isFoundForMarkdownFilesAndReadsAsMarkup() throws IOException {
        SourceReaders readers = SourceReaders.discover();
        assertInstanceOf(MarkdownReader.class, readers.readerFor(Source.of("report.md", new byte[] {'x'})));
        assertInstanceOf(MarkdownReader.class, readers.readerFor(Source.of("report.markdown", new byte[] {'x'})));
        Path report = folder.resolve("report.md");
        Files.writeString(report, "# Report\n\nText.\n");
        assertEquals(SourceKind.MARKUP, Editions.create().open(report).kind());
    }

    @Test
    void markdownIsNeverReshapedAsPlainText() throws IOException {
        Path report = folder.resolve("report.md");
        Files.writeString(report, """
                ---
                title: Report
                ---

                Introduction

                A paragraph written on
                three lines, which Markdown joins
                itself.

                CONCLUSIONS
                """);
        Document read = new MarkdownReader().read(Source.of(report));
        assertEquals(List.of(Paragraph.of("Introduction"),
                Paragraph.of("A paragraph written on three lines, which Markdown joins itself."),
                Paragraph.of("CONCLUSIONS")), read.blocks());
        assertEquals(read.blocks(), Editions.read(report).normalise().document().blocks(),
                "no heading is guessed and no line joined in a Markdown source");
    }

    @Test
    void trimsLineBreaksAndSpaceFromParagraphEndsAndDropsEmphasisOfNothing() {
        Document document = read("Text<br>\n<br>\n\nA *&#32;* and **&#32;** b [undefined\nreference]\n");
        assertEquals(List.of(Paragraph.of("Text"), Paragraph.of("A   and   b [undefined reference]")),
                document.blocks());
    }

    @Test
    void aLineBreakInAHeadingIsASpace() {
        Document document = read("First\\\nsecond\n---\n");
        assertEquals(List.of(new Heading(2, List.of(text("First second")))), document.blocks());
    }

    @Test
    void leavesNoHtmlTagsInTheText() {
        Document document = read("A <em>b</em> <span class=\"x\">c</span> d<br>e\n");
        assertEquals(List.of(new Paragraph(List.of(text("A b c d"), LineBreak.INSTANCE, text("e")))), document.blocks());
        assertFalse(document.blocks().toString().contains("<"));
    }

    private Document read(String markdown) {
        return new MarkdownReader().read(Source.of("report.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    private Document readFile(String markdown) throws IOException {
        Path file = folder.resolve("report.md");
        Files.writeString(file, markdown);
        Document document = new MarkdownReader().read(Source.of(file));
        assertTrue(document.metadata().title().startsWith("report"));
        return document;
    }

    private static Text text(String value) {
        return new Text(value);
    }
}
