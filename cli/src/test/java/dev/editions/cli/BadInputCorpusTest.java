package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.SafeText;
import dev.editions.fixtures.LockedFolder;
import dev.editions.fixtures.ForkedJvm;
import dev.editions.fixtures.Unprivileged;
import dev.editions.fixtures.Pictures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input, published through the command: it exits with 1, prints one line that
 * names the source and the problem, and writes nothing.
 */
@Tag("slow")
class BadInputCorpusTest {
    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /** Makes one bad path in a folder (a source, or an output folder) and returns it. */
    @FunctionalInterface
    private interface BadSource {
        Path create(Path folder) throws IOException;
    }

    private record Run(int code, String err) {
    }

    private static Run publish(Path source, Path output) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", output.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty file", "is empty",
                        file("empty.txt", new byte[0])),
                Arguments.of("only white space", "contains only white space",
                        file("blank.txt", " \n\t\n\u00a0 \r\n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("only white space in Markdown", "contains only white space",
                        file("blank.md", "\u00a0\n\u200b\n  \n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("empty Markdown", "is empty",
                        file("empty.md", new byte[0])),
                Arguments.of("invalid UTF-8", "byte 3: invalid UTF-8 (byte 0xE9 on line 1)",
                        file("latin1.txt", "Caf\u00e9 au lait\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("invalid UTF-8 in Markdown", "invalid UTF-8",
                        file("latin1.md", "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("PDF renamed .txt", "is a PDF document", file("report.txt", PDF)),
                Arguments.of("PDF renamed .md", "is a PDF document", file("report.md", PDF)),
                Arguments.of("PNG renamed .txt", "is a PNG image", file("picture.txt", PNG)),
                Arguments.of("ZIP renamed .md", "is a ZIP archive", file("archive.md", zip())),
                Arguments.of("NUL bytes", "binary", file("data.txt", new byte[] {'a', 0, 'b', 0})),
                Arguments.of("a directory", "is a folder with no report in it", (BadSource) folder ->
                        Files.createDirectory(folder.resolve("folder.txt"))),
                Arguments.of("a missing file", "no such file", (BadSource) folder -> folder.resolve("missing.txt")),
                Arguments.of("unknown extension", "cannot read '.odt' files", file("report.odt", "text".getBytes())),
                Arguments.of("200 MB of text", "sources over 64 MiB are refused", (BadSource) folder -> {
                    Path huge = folder.resolve("huge.txt");
                    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                        file.setLength(200L * 1024 * 1024);
                    }
                    return huge;
                }),
                Arguments.of("a line of ten million characters", "lines over 1,000,000 characters are refused",
                        file("long.txt", longLine())),
                Arguments.of("a long line in Markdown", "lines over 1,000,000 characters are refused",
                        file("long.md", longLine())),
                Arguments.of("front matter that is not YAML", "line 2",
                        file("yaml.md", "---\ntitle: [unclosed\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("YAML alias bomb", "front matter", file("bomb.md", aliasBomb())),
                Arguments.of("an 18,000-character language tag", "line 3, column 11: the language tag", file("lang.md",
                        ("---\ntitle: T\nlanguage: en" + "-aaaaaaaa".repeat(2000) + "\n---\n\nText.\n")
                                .getBytes(StandardCharsets.UTF_8))),
                Arguments.of("image that is not an image", "line 3", (BadSource) folder -> {
                    Files.writeString(folder.resolve("chart.png"), "not a picture");
                    return Files.writeString(folder.resolve("fake.md"), "# Title\n\n![A chart](chart.png)\n");
                }),
                Arguments.of("a picture declaring 400 megapixels", "line 3: the image 'bomb.png' is 20000×20000 pixels",
                        (BadSource) folder -> {
                            Files.write(folder.resolve("bomb.png"), Pictures.declaredPng(20_000, 20_000));
                            return Files.writeString(folder.resolve("bomb.md"), "# Title\n\n![A chart](bomb.png)\n");
                        }),
                Arguments.of("a picture declaring 50000×50000 pixels",
                        "line 5: the image 'huge.png' is 50000×50000 pixels (2500 megapixels)", (BadSource) folder -> {
                            Files.write(folder.resolve("huge.png"), Pictures.declaredPng(50_000, 50_000));
                            return Files.writeString(folder.resolve("huge.md"), "# Title\n\nText.\n\n![A map](huge.png)\n");
                        }),
                Arguments.of("front matter without its closing ---", "line 1: the front matter opened by '---' on this"
                        + " line is never closed", file("open.md", "---\ntitle: T\n\nText.\n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("a file named only .md", "the file is named only '.md', with no name before the extension",
                        file(".md", "# Title\n\nText.\n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("a file named only .TXT", "the file is named only '.TXT'",
                        file(".TXT", "Title\n\nText.\n".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("a truncated PNG", "line 3: the image 'cut.png' is damaged or truncated",
                        (BadSource) folder -> {
                            byte[] whole = Pictures.barChartPng("cut.png", 1).bytes();
                            Files.write(folder.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 2));
                            return Files.writeString(folder.resolve("cut.md"), "# Title\n\n![A chart](cut.png)\n");
                        }),
                Arguments.of("a JPEG with a frame header and no data", "line 3: the image 'photo.jpg' is damaged",
                        (BadSource) folder -> {
                            byte[] whole = Pictures.gradientJpeg("photo.jpg").bytes();
                            Files.write(folder.resolve("photo.jpg"), Arrays.copyOf(whole, 700));
                            return Files.writeString(folder.resolve("photo.md"), "# Title\n\n![A photo](photo.jpg)\n");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithOneLineAndNothingWritten(String name, String problem, BadSource bad, @TempDir Path folder)
            throws IOException {
        Path source = bad.create(folder);
        Path output = folder.resolve("out");
        Run run = publish(source, output);
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("editions: " + source + ": "), run.err());
        assertTrue(run.err().contains(problem), run.err());
        assertFalse(Files.exists(output), "nothing may be written");
    }

    static Stream<Arguments> outputFolders() {
        return Stream.of(
                Arguments.of("an empty name", "editions: '': the output folder name (-o) is empty;",
                        (BadSource) folder -> Path.of("")),
                Arguments.of("a regular file", "editions: {folder}/taken: cannot be the output folder: it is a file",
                        (BadSource) folder -> Files.writeString(folder.resolve("taken"), "keep")),
                Arguments.of("a link to a file", "editions: {folder}/link: cannot be the output folder: it is a file",
                        (BadSource) folder -> Files.createSymbolicLink(folder.resolve("link"),
                                Files.writeString(folder.resolve("taken"), "keep"))),
                Arguments.of("a dangling link", "editions: {folder}/dangling: cannot be the output folder: it is a"
                        + " link to '{folder}/nowhere', which does not exist",
                        (BadSource) folder -> Files.createSymbolicLink(folder.resolve("dangling"),
                                folder.resolve("nowhere"))),
                Arguments.of("a folder under a file", "editions: {folder}/taken/sub: cannot create the output folder:"
                        + " Not a directory", (BadSource) folder ->
                        Files.writeString(folder.resolve("taken"), "keep").resolveSibling("taken/sub")),
                Arguments.of("a missing folder followed by ..", "editions: {folder}/o7/x/..: cannot be the output"
                        + " folder: {folder}/o7/x does not exist, so the '..' after it leads nowhere; name the folder"
                        + " without '..'", (BadSource) folder -> Path.of(folder + "/o7/x/..")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputFolders")
    void aBadOutputFolderIsOneLineWithItsReasonAndChangesNothing(String name, String message, BadSource bad,
            @TempDir Path folder) throws IOException {
        Path source = Files.writeString(Files.createDirectory(folder.resolve("src")).resolve("report.md"),
                "# Report\n\nText.\n");
        Path output = bad.create(folder);
        List<String> before = tree(folder);
        Run run = publish(source, output);
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(message.replace("{folder}", folder.toString())), run.err());
        assertEquals(before, tree(folder), "the folder is as it was: no folder created, no temporary file left");
        try (Stream<Path> here = Files.list(Path.of("."))) {
            assertTrue(here.map(file -> file.getFileName().toString())
                    .noneMatch(file -> file.startsWith("report.") || file.startsWith(".editions-")),
                    "nothing written in the current folder");
        }
    }

    /** Every path under {@code folder}, links not followed, with the content of each file. */
    private static List<String> tree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> folder.relativize(file) + (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? "=" + readQuietly(file) : Files.isSymbolicLink(file) ? "->" : "/")).sorted().toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNullTitleIsNoTitleAndTheFileNameIsUsed(@TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("tilde.md"), "---\ntitle: ~\nsubtitle: null\n---\n\nText.\n");
        Run run = publish(source, folder.resolve("out"));
        assertEquals(0, run.code(), run.err());
        String edition = Files.readString(folder.resolve("out/tilde.md"));
        assertTrue(edition.startsWith("---\ntitle: \"tilde\"\n"), edition);
        assertFalse(edition.contains("~") || edition.contains("null"), edition);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "VBScript:msgbox(1)", "data:text/html,x", "file:///etc/passwd",
        "tel:+100"})
    void aLinkToAnUnsafeAddressIsRefusedUnderStrict(String address, @TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("links.md"), "# Links\n\nSee [this](" + address + ").\n");
        Path output = folder.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", output.toString(), "--strict"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith("editions: " + source + ": refused in strict mode: 1 warning"),
                err.toString());
        assertTrue(err.toString().contains(source + ":3: warning: the link to '" + address + "' was left out"),
                err.toString());
        assertFalse(Files.exists(output), "nothing may be written");
    }

    @Test
    void messagesShowControlAndBidiCharactersAsCodes(@TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("r\u001b]0;t\u0007.md"),
                "# Head\n\nSee [x](#gone\u202E\u2066).\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", folder.resolve("out").toString(),
            "--strict"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("  " + folder + "/rU+001B]0;tU+0007.md:3: warning: the link to"
                + " '#goneU+202EU+2066' points at no heading"), err.toString());
        assertTrue(err.toString().codePoints().allMatch(c -> c == '\n' || !SafeText.isUnsafe(c)), err.toString());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"See [x](#nowhere).", "[![Build](https://img.example.org/b.svg)](https://example.org)",
        "Press <blink>here</blink>.", "![A chart](https://example.org/chart.png)", "![A chart](gone.png)",
        "![A chart](../outside.png)"})
    void whatIsKeptWithAWarningIsPublishedAndRefusedOnlyUnderStrict(String line, @TempDir Path folder)
            throws IOException {
        Path source = Files.writeString(folder.resolve("kept.md"), "# Kept\n\n" + line + "\n");
        Run run = publish(source, folder.resolve("out"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(source + ":3: warning: "), run.err());
        assertTrue(Files.exists(folder.resolve("out/kept.pdf")));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", folder.resolve("strict").toString(),
            "--strict"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith("editions: " + source + ": refused in strict mode: 1 warning"),
                err.toString());
        assertFalse(Files.exists(folder.resolve("strict")), "nothing may be written");
    }

    @Test
    void aStrictRefusalPrintsEachWarningOnALineOfItsOwn(@TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("two.md"),
                "# Head \u001b]0;owned\u0007 ing\n\nSee [x](javascript:\u202Ealert(1)).\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", folder.resolve("out").toString(),
            "--strict"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertEquals(List.of("editions: " + source + ": refused in strict mode: 2 warnings",
                "  " + source + ":1: warning: removed 2 characters no edition can hold (U+001B, U+0007) from this line",
                "  " + source + ":3: warning: the link to 'javascript:U+202Ealert(1)' was left out and its text kept:"
                        + " only http, https and mailto addresses and heading anchors (#…) are links in the editions"),
                err.toString().lines().toList());
    }

    @Test
    void aUsageErrorShowsWhatWasTypedSafely() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", "--bogus\u001b[2J"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("Unknown option: '--bogusU+001B[2J'"), err.toString());
        assertTrue(err.toString().codePoints().allMatch(c -> c == '\n' || !SafeText.isUnsafe(c)), err.toString());
    }

    @Test
    void aMarkdownSourcePublishedIntoItsOwnFolderIsNotOverwritten(@TempDir Path folder) throws IOException {
        String text = "# Report\n\n<!-- a comment -->\n\nSee [annex](annex.md).\n";
        Path source = Files.writeString(folder.resolve("report.md"), text);
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r-----"));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", source.toString(), "-o", folder.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertEquals("editions: " + source + ": the edition " + folder.resolve("report.md")
                + " would overwrite the source itself; publish into another folder (-o DIR)\n", err.toString());
        assertEquals(text, Files.readString(source));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(source));
        assertEquals(List.of("report.md"), listing(folder), "nothing written");
    }

    @Test
    void anEditionPathThatIsAnotherSourceOfTheRunIsRefusedBeforeAnythingIsWritten(@TempDir Path folder)
            throws IOException {
        Path first = Files.writeString(folder.resolve("first.txt"), "First report\n\nSome text.\n");
        Path second = Files.writeString(folder.resolve("second.md"), "# Second\n\nText.\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"publish", first.toString(), second.toString(), "-o", folder.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("editions: " + second + ": the edition "), err.toString());
        assertEquals(List.of("first.txt", "second.md"), listing(folder), "not even the first source's editions");
    }

    @Test
    void anEditionPathLinkedToASourceIsRefused(@TempDir Path folder) throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.md"), "# Notes\n\nKeep me.\n");
        Path report = Files.writeString(folder.resolve("report.txt"), "Report\n\nSome text.\n");
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.createSymbolicLink(out.resolve("report.md"), notes);
        Files.createLink(out.resolve("report.pdf"), report);
        for (String[] args : List.of(new String[] {"publish", report.toString(), notes.toString(), "-o", out.toString()},
                new String[] {"publish", report.toString(), "-f", "pdf", "-o", out.toString()})) {
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(1, code, err.toString());
            assertTrue(err.toString().contains("would overwrite the source itself"), err.toString());
            assertEquals(List.of("report.md", "report.pdf"), listing(out));
        }
        assertEquals("# Notes\n\nKeep me.\n", Files.readString(notes));
        assertTrue(Files.isSymbolicLink(out.resolve("report.md")));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @Tag("slow")
    void anUnreadableFileIsRefused(@TempDir Path folder) throws IOException {
        Path locked = Files.writeString(folder.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        ForkedJvm.Result run = Unprivileged.run(folder, Main.class, "publish", locked.toString(), "-o",
                folder.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("editions: " + locked + ": cannot be read: permission denied\n", run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedAndLeftAsItWas(@TempDir Path folder) throws IOException {
        Path output = Files.createDirectory(folder.resolve("locked"));
        Files.writeString(output.resolve("keep.txt"), "earlier");
        try (LockedFolder locked = LockedFolder.lock(output)) {
            Run run = publish(Path.of("../samples/defining-dialogue.txt"), output);
            assertEquals(1, run.code(), run.err());
            List<String> errors = run.err().lines().filter(line -> line.startsWith("editions: ")).toList();
            assertEquals(1, errors.size(), run.err());
            assertTrue(errors.get(0).startsWith("editions: " + output), run.err());
            try (Stream<Path> files = Files.list(output)) {
                assertEquals(1, files.count());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepNesting")
    void nestingTenThousandDeepIsRefusedWithoutOverflowingTheStack(String name, String markdown,
            @TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("deep.md"), markdown);
        Run run = publish(source, folder.resolve("out"));
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("editions: " + source + ": line "), run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    static Stream<Arguments> deepNesting() {
        return Stream.of(
                Arguments.of("block quotes", "# Deep\n\n" + ">".repeat(10_000) + " text\n"),
                Arguments.of("lists", "# Deep\n\n" + "- ".repeat(10_000) + "item\n"),
                Arguments.of("emphasis", "# Deep\n\n" + "*a ".repeat(10_000) + "b" + " a*".repeat(10_000) + "\n"));
    }

    @Test
    void tenThousandOpeningBracketsAreTextAndArePublished(@TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("brackets.md"),
                "# Brackets\n\n" + "[".repeat(10_000) + "x](https://example.org/)\n");
        Run run = publish(source, folder.resolve("out"));
        assertEquals(0, run.code(), run.err());
    }

    private static BadSource file(String name, byte[] bytes) {
        return folder -> Files.write(folder.resolve(name), bytes);
    }

    private static byte[] longLine() {
        byte[] bytes = new byte[10_000_000 + 8];
        Arrays.fill(bytes, (byte) 'a');
        System.arraycopy("Title\n\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 7);
        return bytes;
    }

    private static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'i'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        yaml.append("title: *i\n---\n\nText.\n");
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
