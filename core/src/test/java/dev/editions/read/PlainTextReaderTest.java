package dev.editions.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.model.LineBreak;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    private Document read(String name, byte[] bytes) {
        return reader.read(Source.of(name, bytes));
    }

    private EditionsException failure(String name, byte[] bytes) {
        return assertThrows(EditionsException.class, () -> read(name, bytes));
    }

    @Test
    void blankLinesSeparateBlocksAndLinesAreKept() {
        Document document = read("annual-report_2024.txt",
                "First line\r\n\tsecond  line   \r\n\r\n  \nNext block\rcontinues".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                new Paragraph(List.of(new Text("First line"), LineBreak.INSTANCE, new Text("\tsecond  line"))),
                new Paragraph(List.of(new Text("Next block"), LineBreak.INSTANCE, new Text("continues")))),
                document.blocks());
        assertEquals("Annual report 2024", document.metadata().title());
        assertEquals("und", document.metadata().language());
    }

    @Test
    void readsTheSampleReportLineByLine() throws IOException {
        Path sample = Path.of("../samples/defining-dialogue.txt");
        Document document = reader.read(Source.of(sample));
        assertEquals(1, document.blocks().size());
        Paragraph lines = (Paragraph) document.blocks().get(0);
        assertEquals(10, lines.content().stream().filter(Text.class::isInstance).count());
        assertEquals("Defining dialogue", document.metadata().title());
        assertEquals(Files.readString(sample).strip(),
                dev.editions.text.PlainText.of(lines.content()));
    }

    @Test
    void emptyFileIsAnError() {
        assertEquals("empty.txt: is empty", failure("empty.txt", new byte[0]).getMessage());
    }

    @Test
    void whiteSpaceOnlyIsAnError() {
        assertEquals("blank.txt: contains only white space: there is no text to publish",
                failure("blank.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)).getMessage());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = "Line one\nCaf\u00e9 ok\nbad: X".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xC3;
        EditionsException e = failure("latin.txt", bytes);
        assertEquals(bytes.length - 1, e.byteOffset());
        assertEquals("latin.txt: byte " + (bytes.length - 1)
                + ": invalid UTF-8 (byte 0xC3 on line 3); save the file as UTF-8", e.getMessage());
    }

    @Test
    void invalidUtf8InTheMiddleIsNotReplaced() {
        byte[] bytes = {'a', 'b', (byte) 0xFF, 'c', '\n'};
        EditionsException e = failure("x.txt", bytes);
        assertEquals(2, e.byteOffset());
        assertEquals("x.txt: byte 2: invalid UTF-8 (byte 0xFF on line 1); save the file as UTF-8", e.getMessage());
    }

    @Test
    void binaryFilesAreRecognised() {
        assertEquals("report.txt: is a PDF document, not a text report",
                failure("report.txt", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1)).getMessage());
        assertEquals("image.txt: is a PNG image, not a text report",
                failure("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).getMessage());
        assertEquals("archive.txt: is a ZIP archive (such as a DOCX or EPUB file), not a text report",
                failure("archive.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).getMessage());
        assertEquals("data.txt: byte 3: contains a NUL byte: this is a binary file, not a text report",
                failure("data.txt", new byte[] {'a', 'b', 'c', 0, 'd'}).getMessage());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] bytes = "\uFEFFBonjour à tous".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of(Paragraph.of("Bonjour à tous")), read("fr.txt", bytes).blocks());
        byte[] bigEndian = "\uFEFFHello".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(List.of(Paragraph.of("Hello")), read("en.txt", bigEndian).blocks());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(Paragraph.of("Hello")), read("bom.txt", bytes).blocks());
    }

    @Test
    void directoryIsAnError(@TempDir Path folder) {
        EditionsException e = assertThrows(EditionsException.class, () -> Source.of(folder));
        assertEquals(folder + ": is a directory, not a report file", e.getMessage());
    }

    @Test
    void missingFileIsAnError(@TempDir Path folder) {
        Path missing = folder.resolve("missing.txt");
        EditionsException e = assertThrows(EditionsException.class, () -> Source.of(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void unknownExtensionListsWhatCanBeRead() {
        EditionsException e = assertThrows(EditionsException.class,
                () -> SourceReaders.of(List.of(reader)).readerFor(Source.of("report.docx", new byte[] {1})));
        assertEquals("report.docx: cannot read '.docx' files; Editions reads .text, .txt", e.getMessage());
    }
}
