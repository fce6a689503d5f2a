package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.Metadata;
import dev.editions.model.Note;
import dev.editions.model.NoteReference;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.text.PlainText;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Each note at the foot of the page of its first reference (continued on the next page when it does
 * not fit), or after the text under a heading "Notes" when asked; either way a {@code Note} element
 * with its own {@code /ID}, the reference a link to it and its number a link back.
 */
class NotesTest {
    private static final String FILLER = "The councils of the cities kept their records in the town hall, and the"
            + " survey read every minute of every meeting held in the two years it covered. ";
    /** The paragraphs of the generated report that refer to a note, one note each. */
    private static final int[] REFERRING = {2, 9, 16, 23, 30, 37};

    @Test
    void eachNoteIsAtTheFootOfThePageOfItsReferenceAfterTheText() throws IOException {
        Document model = Fixtures.notes();
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("twelve cities[1] and ran for two years.[2]"), text);
            assertTrue(text.contains("Interviews with officials[3]"), text);
            assertTrue(text.contains("Interviews[4]"), text);
            assertTrue(text.contains("progress[1], though"), text);
            assertTrue(!text.contains("Notes 1. "), "no heading above notes at the foot: " + text);
            int at = text.indexOf("not at the same pace");
            for (int i = 0; i < model.notes().size(); i++) {
                String note = (i + 1) + ". " + PlainText.of(model.notes().get(i)).replaceAll("\\s+", " ").strip();
                int found = text.indexOf(note, at);
                assertTrue(found >= at, () -> note + " in " + text);
                at = found + note.length();
            }
        }
    }

    @Test
    void asAnOptionTheNotesFollowTheTextUnderAHeading() throws Exception {
        Document model = Fixtures.notes();
        byte[] bytes = PdfFixtures.pdf(model, EditionOptions.builder()
                .set(PdfOptions.NOTES, PdfOptions.NotePlacement.END).build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int notes = text.indexOf("Notes 1. ");
            assertTrue(notes > text.indexOf("not at the same pace"), text);
            int at = notes;
            for (int i = 0; i < model.notes().size(); i++) {
                String note = (i + 1) + ". " + PlainText.of(model.notes().get(i)).replaceAll("\\s+", " ").strip();
                int found = text.indexOf(note, at);
                assertTrue(found >= at, () -> note + " in " + text);
                at = found + note.length();
            }
            List<PDStructureElement> elements = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Note", elements);
            assertEquals(List.of("Document", "Document", "Document", "Document"), elements.stream()
                    .map(n -> ((PDStructureElement) n.getParent()).getStructureType()).toList());
        }
        assertEquals(List.of(), VeraPdfValidator.validate(bytes, PDFAFlavour.PDFUA_1).failures());
    }

    @Test
    void everyNoteIsANoteElementWithAUniqueIdRightAfterItsFirstReference() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            List<PDStructureElement> notes = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Note", notes);
            assertEquals(List.of("fn-1", "fn-2", "fn-3", "fn-4"), notes.stream()
                    .map(n -> n.getCOSObject().getString(COSName.ID)).toList());
            assertEquals(2, notes.get(1).getKids().stream().filter(k -> k instanceof PDStructureElement e
                    && e.getStructureType().equals("P")).count(), "the note of two paragraphs keeps both");
            assertEquals(4, pdf.getDocumentCatalog().getStructureTreeRoot().getIDTree().getNames().size());
            List<String> readingOrder = new ArrayList<>();
            for (PDStructureElement note : notes) {
                List<Object> siblings = note.getParent().getKids();
                int index = 0;
                while (!(siblings.get(index) instanceof PDStructureElement e && e.getCOSObject() == note.getCOSObject())) {
                    index++;
                }
                PDStructureElement before = (PDStructureElement) siblings.get(index - 1);
                readingOrder.add(((PDStructureElement) note.getParent()).getStructureType() + " > "
                        + before.getStructureType() + " " + before.getKids().size() + ", Note");
            }
            assertEquals(List.of("P > Link 2, Note", "P > Link 2, Note", "P > Link 2, Note", "TD > Link 2, Note"),
                    readingOrder, "each note is read right after its first reference (its text and annotation)");
        }
    }

    @Test
    void referencesAndNotesLinkToEachOtherAndEveryAnnotationIsItsLinkElements() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            Map<String, PDPageDestination> names = pdf.getDocumentCatalog().getNames().getDests().getNames();
            List<String> targets = PdfFixtures.linkedDestinations(pdf);
            assertEquals(List.of("fn-1", "fn-2", "fn-3", "fn-4", "fn-1", "fnref-1", "fnref-2", "fnref-3", "fnref-4"),
                    targets);
            assertTrue(names.keySet().containsAll(targets), () -> targets + " in " + names.keySet());
            COSDictionary parentTree = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE);
            int links = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    COSBase element = numberTreeValue(parentTree, annotation.getCOSObject().getInt(COSName.STRUCT_PARENT));
                    assertTrue(element instanceof COSDictionary d && "Link".equals(d.getNameAsString(COSName.S)),
                            "the annotation's StructParent names its Link element");
                    COSArray kids = ((COSDictionary) element).getCOSArray(COSName.K);
                    boolean referenced = false;
                    for (int i = 0; i < kids.size(); i++) {
                        referenced |= kids.getObject(i) instanceof COSDictionary kid
                                && kid.getDictionaryObject(COSName.OBJ) == annotation.getCOSObject();
                    }
                    assertTrue(referenced, "the Link element refers to its annotation");
                    links++;
                }
            }
            assertEquals(10, links, "9 note links and the link in the second note");
        }
    }

    @Test
    void inALongReportEachNoteIsOnThePageOfItsReference() throws Exception {
        byte[] bytes = PdfFixtures.pdf(report(List.of()), EditionOptions.builder().build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pageTexts(pdf);
            List<Integer> pageOfNote = new ArrayList<>();
            for (int n = 1; n <= REFERRING.length; n++) {
                int reference = pageWith(pages, "[" + n + "]");
                int note = pageWith(pages, n + ". Note " + n + " names the minutes");
                assertEquals(reference, note, "note " + n + " is on the page of its reference");
                pageOfNote.add(note);
            }
            assertTrue(pageOfNote.stream().distinct().count() >= 3, "notes on several pages: " + pageOfNote);
        }
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            assertEquals(List.of(), VeraPdfValidator.validate(bytes, flavour).failures(), flavour.toString());
        }
    }

    @Test
    void aLineReferringToANoteMovesToTheNextPageWhenTheNoteWouldNotFitBelowIt() throws Exception {
        int moved = 0;
        for (int shift = 0; shift < 12; shift++) {
            Document report = report(List.of(), "word ".repeat(shift * 9));
            try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf(report, EditionOptions.builder().build()))) {
                List<String> pages = pageTexts(pdf);
                for (int n = 1; n <= REFERRING.length; n++) {
                    int reference = pageWith(pages, "[" + n + "]");
                    assertEquals(reference, pageWith(pages, n + ". Note " + n + " names the minutes of meeting "
                            + REFERRING[n - 1] + " as the source."), "note " + n + ", whole, with the text shifted by "
                            + shift);
                    String before = pages.get(reference - 1);
                    if (before.indexOf("[" + n + "]") < before.indexOf("Paragraph")) {
                        moved++;
                    }
                }
            }
        }
        assertTrue(moved > 0, "some reference begins its page");
    }

    @Test
    void aNoteLongerThanAPageGoesOnAtTheFootOfTheNextPagesWithEveryWord() throws Exception {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            words.add("w" + i);
        }
        byte[] bytes = PdfFixtures.pdf(report(words), EditionOptions.builder().build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pageTexts(pdf);
            int reference = pageWith(pages, "[3]");
            int first = pageWith(pages, "3. Note 3 names the minutes");
            assertEquals(reference, first, "the long note starts on the page of its reference");
            int last = pageWith(pages, " w1499 ");
            assertTrue(last > first, "the long note goes on on later pages: " + first + " to " + last);
            List<String> tokens = List.of(String.join(" ", pages).split("\\s+"));
            int at = 0;
            for (String word : words) {
                int found = tokens.subList(at, tokens.size()).indexOf(word);
                assertTrue(found >= 0, word + " is in the text, in order");
                at += found + 1;
            }
            for (int n = 4; n <= REFERRING.length; n++) {
                int later = pageWith(pages, n + ". Note " + n + " names the minutes");
                assertTrue(later >= pageWith(pages, "[" + n + "]"), "note " + n + " comes no earlier than its reference");
            }
        }
        assertEquals(List.of(), VeraPdfValidator.validate(bytes, PDFAFlavour.PDFUA_1).failures());
    }

    /**
     * A report of many paragraphs, some referring to a note each; the third note goes on with
     * {@code longNote}'s words.
     */
    private static Document report(List<String> longNote) {
        return report(longNote, "");
    }

    /** The report with {@code opening} at the start of its first paragraph, to shift where pages break. */
    private static Document report(List<String> longNote, String opening) {
        List<Block> blocks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            List<Inline> content = new ArrayList<>();
            content.add(new Text("Paragraph " + i + ". " + (i == 0 ? opening : "") + FILLER.repeat(2)));
            int referring = java.util.Arrays.binarySearch(REFERRING, i);
            if (referring >= 0) {
                int n = referring + 1;
                content.add(new Text("The source is named here"));
                content.add(new NoteReference("n" + n));
                content.add(new Text(". " + FILLER));
                String note = "Note " + n + " names the minutes of meeting " + i + " as the source.";
                if (n == 3 && !longNote.isEmpty()) {
                    note = note + " " + String.join(" ", longNote);
                }
                notes.add(Note.of("n" + n, note));
            }
            blocks.add(new Paragraph(content));
        }
        return new Document(Metadata.builder().title("Minutes").language("en").build(), blocks,
                dev.editions.model.Glossary.EMPTY, List.of(), notes);
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(" " + stripper.getText(pdf).replaceAll("\\s+", " ") + " ");
        }
        return pages;
    }

    private static int pageWith(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        throw new AssertionError("no page has '" + text + "'");
    }

    private static COSBase numberTreeValue(COSDictionary node, int key) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (((org.apache.pdfbox.cos.COSNumber) nums.getObject(i)).intValue() == key) {
                    return nums.getObject(i + 1);
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                COSBase found = numberTreeValue((COSDictionary) kids.getObject(i), key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    out.add(element);
                }
                collect(element, type, out);
            }
        }
    }
}
