package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Notes follow the text under a heading "Notes", each a {@code Note} element with its own
 * {@code /ID}; references are links to the notes, and each note's number links back.
 */
class NotesTest {
    @Test
    void theNotesFollowTheTextInOrderAndTheReferencesShowTheirNumbers() throws IOException {
        Document model = Fixtures.notes();
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("twelve cities[1] and ran for two years.[2]"), text);
            assertTrue(text.contains("Interviews with officials[3]"), text);
            assertTrue(text.contains("Interviews[4]"), text);
            assertTrue(text.contains("progress[1], though"), text);
            int notes = text.indexOf("Notes 1. ");
            assertTrue(notes > text.indexOf("not at the same pace"), text);
            int at = notes;
            for (int i = 0; i < model.notes().size(); i++) {
                String note = (i + 1) + ". " + PlainText.of(model.notes().get(i)).replaceAll("\\s+", " ").strip();
                int found = text.indexOf(note, at);
                assertTrue(found >= at, () -> note + " in " + text);
                at = found + note.length();
            }
        }
    }

    @Test
    void everyNoteIsANoteElementWithAUniqueId() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            List<PDStructureElement> notes = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Note", notes);
            assertEquals(List.of("fn-1", "fn-2", "fn-3", "fn-4"), notes.stream()
                    .map(n -> n.getCOSObject().getString(COSName.ID)).toList());
            assertEquals(2, notes.get(1).getKids().stream().filter(k -> k instanceof PDStructureElement e
                    && e.getStructureType().equals("P")).count(), "the note of two paragraphs keeps both");
            assertEquals(4, pdf.getDocumentCatalog().getStructureTreeRoot().getIDTree().getNames().size());
        }
    }

    @Test
    void referencesAndNotesLinkToEachOther() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("notes"))) {
            Map<String, PDPageDestination> names = pdf.getDocumentCatalog().getNames().getDests().getNames();
            List<String> targets = PdfFixtures.linkedDestinations(pdf);
            assertEquals(List.of("fn-1", "fn-2", "fn-3", "fn-4", "fn-1", "fnref-1", "fnref-2", "fnref-3", "fnref-4"),
                    targets);
            assertTrue(names.keySet().containsAll(targets), () -> targets + " in " + names.keySet());
        }
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
