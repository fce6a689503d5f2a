package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each checker catches an edition broken in one known way, with the rule the break violates. */
@Tag("slow")
class CheckersCanFailTest {
    private static void assertFinds(EditionChecker checker, Path broken, String rule) {
        List<Finding> findings = checker.run(broken).findings();
        assertTrue(findings.stream().anyMatch(finding -> finding.rule().equals(rule)),
                () -> checker.name() + " " + checker.profile() + " should report " + rule + " in " + broken
                        + ", found " + findings);
    }

    private static Path brokenPdf(String name, Consumer<PDDocument> breakage) {
        Path copy = WrittenEditions.copy(WrittenEditions.of("feature-rich", "pdf"), name);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy))) {
            breakage.accept(pdf);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            Files.write(copy, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static COSDictionary first(PDDocument pdf, String type) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        return find(root.getDictionaryObject(COSName.K), type);
    }

    private static COSDictionary find(COSBase node, String type) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSDictionary found = find(array.getObject(i), type);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
            return type.equals(dictionary.getNameAsString(COSName.S)) ? dictionary
                    : find(dictionary.getDictionaryObject(COSName.K), type);
        }
        return null;
    }

    @Test
    void veraPdfFindsAPdfWithoutLanguage() {
        Path broken = brokenPdf("no-language.pdf", pdf -> pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG));
        assertFinds(new PdfUaChecker(), broken, "7.2-34");
    }

    @Test
    void veraPdfFindsAFigureWithoutAlternativeText() {
        Path broken = brokenPdf("no-alt.pdf", pdf -> first(pdf, "Figure").removeItem(COSName.ALT));
        assertFinds(new PdfUaChecker(), broken, "7.3-1");
        assertFinds(new PdfStructureChecker(), broken, "pdf.figure-alt");
    }

    @Test
    void theTextCheckFindsAWordOfTheModelThatThePdfLacks() {
        Path edition = WrittenEditions.of("sample", "pdf");
        dev.editions.model.Document model = WrittenEditions.fixtures().get("sample").get();
        assertTrue(new PdfStructureChecker().run(edition, model).findings().isEmpty(), "the PDF holds its model");
        List<dev.editions.model.Block> blocks = new java.util.ArrayList<>(model.blocks());
        blocks.add(new dev.editions.model.Paragraph(List.of(new dev.editions.model.Text("Zanzibar appendix"))));
        List<Finding> findings = new PdfStructureChecker().run(edition, model.withBlocks(blocks)).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("pdf.model-text")
                && f.message().startsWith("2 of the report's") && f.message().endsWith("zanzibar, appendix")),
                findings.toString());
    }

    @Test
    void theTextCheckCountsTheWordsOfTheNotes() {
        Path edition = WrittenEditions.of("notes", "pdf");
        dev.editions.model.Document model = WrittenEditions.fixtures().get("notes").get();
        assertTrue(new PdfStructureChecker().run(edition, model).findings().isEmpty(), "the PDF holds its notes");
        List<dev.editions.model.Note> notes = new java.util.ArrayList<>(model.notes());
        notes.set(3, dev.editions.model.Note.of(notes.get(3).id(), "Zanzibar appendix"));
        List<Finding> findings = new PdfStructureChecker().run(edition, model.withNotes(notes)).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("pdf.model-text")
                && f.message().endsWith("zanzibar, appendix")), findings.toString());
    }

    @Test
    void theTextCheckFindsEachNoteWhereverItsPageIs() {
        List<dev.editions.model.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<dev.editions.model.Inline> content = new java.util.ArrayList<>(List.of(new dev.editions.model.Text(
                    "Paragraph " + i + " of the minutes, which the survey read with every other record of the"
                            + " councils in the two years it covered, page by page and meeting by meeting.")));
            if (i == 1 || i == 30) {
                content.add(new dev.editions.model.NoteReference("n" + i));
            }
            blocks.add(new dev.editions.model.Paragraph(content));
        }
        List<dev.editions.model.Note> notes = List.of(dev.editions.model.Note.of("n1", "Quoted from the first ledger."),
                dev.editions.model.Note.of("n30", "Quoted from the last ledger."));
        dev.editions.model.Document model = new dev.editions.model.Document(dev.editions.model.Metadata.builder()
                .title("Ledgers").language("en").build(), blocks, dev.editions.model.Glossary.EMPTY, List.of(), notes);
        Path edition = WrittenEditions.write(model, "ledgers.pdf", "pdf");
        assertTrue(new PdfStructureChecker().run(edition, model).findings().isEmpty(),
                "the notes at the foot of the first and of a later page are found");
        List<dev.editions.model.Note> changed = List.of(notes.get(0), dev.editions.model.Note.of("n30", "Zanzibar ledger."));
        List<Finding> findings = new PdfStructureChecker().run(edition, model.withNotes(changed)).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("pdf.model-text")
                && f.message().startsWith("1 of the report's") && f.message().endsWith("zanzibar")), findings.toString());
    }

    @Test
    void theTextCheckWantsEachPictureInALineAsAFigureWithItsAltText() {
        Path edition = WrittenEditions.of("blocks", "pdf");
        dev.editions.model.Document model = WrittenEditions.fixtures().get("blocks").get();
        assertTrue(new PdfStructureChecker().run(edition, model).findings().isEmpty(), "the PDF holds its pictures");
        dev.editions.model.Document renamed = new dev.editions.model.InlineRewriter(inline ->
                inline instanceof dev.editions.model.InlineImage image && !image.decorative()
                        ? List.of(dev.editions.model.InlineImage.of(image.image(), "Zanzibar map"))
                        : List.of(inline)).document(model);
        List<Finding> findings = new PdfStructureChecker().run(edition, renamed).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("pdf.model-text")
                && f.message().contains("'Zanzibar map' is no Figure")), findings.toString());
    }

    @Test
    void theStructureCheckFindsAnOrphanedMcid() {
        assertFinds(new PdfStructureChecker(), brokenPdf("orphan.pdf", pdf -> first(pdf, "H2").setItem(COSName.K,
                new COSArray())), "pdf.mcid-orphan");
    }

    @Test
    void theStructureCheckFindsAnElementClaimingMissingContent() {
        assertFinds(new PdfStructureChecker(), brokenPdf("missing.pdf", pdf -> first(pdf, "H2").setItem(COSName.K,
                COSInteger.get(999))), "pdf.mcid-missing");
    }

    @Test
    void theStructureCheckFindsALinkOutsideTheTree() {
        assertFinds(new PdfStructureChecker(), brokenPdf("link.pdf", pdf -> {
            try {
                for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                    annotation.getCOSObject().removeItem(COSName.STRUCT_PARENT);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), "pdf.link-struct-parent");
    }

    @Test
    void theStructureCheckFindsHeaderCellsWithoutScopeAndTablesWithoutRows() {
        assertFinds(new PdfStructureChecker(), brokenPdf("scope.pdf", pdf -> first(pdf, "TH").removeItem(COSName.A)),
                "pdf.table-header-scope");
        assertFinds(new PdfStructureChecker(), brokenPdf("rows.pdf", pdf -> first(pdf, "Table").setItem(COSName.K,
                first(pdf, "Caption"))), "pdf.table-rows");
    }

    @Test
    void ourEpubRulesFindACompressedMimetypeThatEpubCheckLetsPass() {
        Path edition = WrittenEditions.of("feature-rich", "epub");
        Path broken = Zips.rewrite(edition, edition.resolveSibling("broken").resolve("compressed.epub"),
                (part, text) -> text, true);
        assertTrue(new EpubCheckChecker().check(broken).isEmpty(), "EPUBCheck does not look at the compression");
        assertFinds(new dev.editions.epub.check.EpubChecker(), broken, "epub.mimetype");
    }

    @Test
    void epubCheckFindsAPackageWithoutLanguage() {
        Path edition = WrittenEditions.of("feature-rich", "epub");
        Path broken = Zips.rewrite(edition, edition.resolveSibling("broken").resolve("no-language.epub"),
                (part, text) -> text.replaceAll("<dc:language>[^<]*</dc:language>", ""), false);
        assertFinds(new EpubCheckChecker(), broken, "RSC-005");
    }

    @Test
    void theSchemasAndOurRulesFindABrokenDocx() {
        Path edition = WrittenEditions.of("feature-rich", "docx");
        Path noGrid = Zips.rewrite(edition, edition.resolveSibling("broken").resolve("no-grid.docx"),
                (part, text) -> text.replaceFirst("<w:tblGrid>.*?</w:tblGrid>", ""), false);
        assertFinds(new OoxmlSchemaChecker(), noGrid, "ooxml.schema");
        Path noLanguage = Zips.rewrite(edition, edition.resolveSibling("broken").resolve("no-language.docx"),
                (part, text) -> text.replaceAll("<w:lang [^>]*/>", ""), false);
        assertFinds(new dev.editions.docx.check.DocxChecker(), noLanguage, "docx.language");
    }

    @Test
    void theMarkdownCheckFindsSkippedLevelsStrayWhiteSpaceAndAnUnstableText() throws IOException {
        Path edition = WrittenEditions.of("feature-rich", "md");
        String text = Files.readString(edition);
        Path skipped = Files.writeString(WrittenEditions.copy(edition, "skipped.md"),
                text.replaceFirst("\n## ", "\n#### "));
        assertFinds(new MarkdownChecker(), skipped, "md.heading-increment");
        Path spaces = Files.writeString(WrittenEditions.copy(edition, "spaces.md"),
                text.replaceFirst("\n\n", "  \n\n\n"));
        assertFinds(new MarkdownChecker(), spaces, "md.trailing-space");
        assertFinds(new MarkdownChecker(), spaces, "md.blank-lines");
        Path unstable = Files.writeString(WrittenEditions.copy(edition, "unstable.md"),
                text.replaceFirst("\n- ", "\n* "), StandardCharsets.UTF_8);
        assertFinds(new MarkdownChecker(), unstable, "md.round-trip");
    }
}
