package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.BaseFont;

/** Reading font files' names and coverage, finding them in folders, and choosing one per script. */
class FontDiscoveryTest {
    @TempDir
    Path folder;

    private Path copy(Face face, String name) throws IOException {
        Path file = Files.createDirectories(folder.resolve("sub")).resolve(name);
        Files.write(file, FontFiles.of(face));
        return file;
    }

    @Test
    void theCoverageReadFromTheCmapIsWhatOpenPdfDraws() throws IOException {
        for (Face face : List.of(Face.REGULAR, Face.FALLBACK)) {
            Path file = copy(face, face.name() + ".ttf");
            SfntFile.Face read = SfntFile.faces(file).get(0);
            BitSet coverage = read.coverage();
            BaseFont font = new FontSet().get(face);
            int differences = 0;
            for (int c = 0x20; c < 0x30000; c++) {
                if (coverage.get(c) != font.charExists(c)) {
                    differences++;
                }
            }
            assertEquals(0, differences, face + ": characters where the cmap reading and OpenPDF disagree");
            assertTrue(coverage.cardinality() > 600, face + " covers " + coverage.cardinality());
        }
    }

    @Test
    void namesAndStyleComeFromTheNameTable() throws IOException {
        SfntFile.Face regular = SfntFile.faces(copy(Face.REGULAR, "a.ttf")).get(0);
        SfntFile.Face bold = SfntFile.faces(copy(Face.FALLBACK_BOLD, "b.ttf")).get(0);
        assertEquals("Liberation Sans", regular.family());
        assertEquals("Regular", regular.style());
        assertEquals("DejaVu Sans", bold.family());
        assertEquals("Bold", bold.style());
        assertTrue(regular.outlines() && !regular.cff());
    }

    @Test
    void aFolderIsSearchedByFamilyAndWeight() throws IOException {
        copy(Face.FALLBACK, "DejaVuSans.ttf");
        copy(Face.FALLBACK_BOLD, "DejaVuSans-Bold.ttf");
        Files.writeString(folder.resolve("broken.ttf"), "not a font");
        FontIndex index = FontIndex.of(List.of(folder));
        assertEquals("Bold", index.find("dejavu sans", true).style());
        assertEquals("Book", index.find("DejaVu Sans", false).style());
        assertNull(index.find("Noto Sans Thai", false));
        assertTrue(index.covers(index.find("DejaVu Sans", false), '✓'));
        assertFalse(index.covers(index.find("DejaVu Sans", false), 0x6771));
    }

    @Test
    void theFirstFolderWithAFamilyWinsWhateverTheFileNames() throws IOException {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = Files.createDirectories(folder.resolve("second"));
        Files.write(first.resolve("zz-last-by-name.ttf"), FontFiles.of(Face.FALLBACK));
        Files.write(second.resolve("aa-first-by-name.ttf"), FontFiles.of(Face.FALLBACK));
        assertEquals(first.resolve("zz-last-by-name.ttf"),
                FontIndex.of(List.of(first, second)).find("DejaVu Sans", false).path());
        assertEquals(second.resolve("aa-first-by-name.ttf"),
                FontIndex.of(List.of(second, first)).find("DejaVu Sans", false).path());
        // Within a folder, the order of the paths decides.
        Files.write(first.resolve("aa.ttf"), FontFiles.of(Face.FALLBACK));
        assertEquals(first.resolve("aa.ttf"), FontIndex.of(List.of(first, folder)).find("DejaVu Sans", false).path());
    }

    @Test
    void aFontFromANamedFolderIsUsedForItsScript() throws IOException {
        copy(Face.FALLBACK, "DejaVuSans.ttf");
        FontSet fonts = new FontSet(FontIndex.of(FontFolders.of(folder.toString(), false)), "en");
        // Georgian: Liberation lacks it; the folder has no Noto Sans Georgian, so DejaVu (bundled) draws it.
        BaseFont georgian = fonts.forCodePoint(Face.REGULAR, 'ა');
        assertNotNull(georgian);
        assertTrue(georgian.getPostscriptFontName().startsWith("DejaVuSans"), georgian.getPostscriptFontName());
        assertNull(fonts.forCodePoint(Face.REGULAR, 0x6771));
    }

    @Test
    void theSystemFoldersOfEachPlatform() {
        assertEquals(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of("/home/a/.local/share/fonts"), Path.of("/home/a/.fonts")),
                new FontFolders.Platform("Linux", "/home/a", null, null).fontFolders());
        assertEquals(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")),
                new FontFolders.Platform("FreeBSD", "", null, null).fontFolders());
        assertEquals(List.of(Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), Path.of("/Users/a/Library/Fonts")),
                new FontFolders.Platform("Mac OS X", "/Users/a", null, null).fontFolders());
        assertEquals(List.of(Path.of("D:\\Win", "Fonts"), Path.of("C:\\Users\\a\\AppData\\Local", "Microsoft", "Windows", "Fonts")),
                new FontFolders.Platform("Windows 11", "C:\\Users\\a", "D:\\Win", "C:\\Users\\a\\AppData\\Local").fontFolders());
        assertEquals(List.of(Path.of("C:\\Windows", "Fonts")),
                new FontFolders.Platform("Windows Server 2022", "C:\\Users\\a", null, " ").fontFolders());
        // Named folders come first; without a platform, only they are searched.
        FontFolders.Platform mac = new FontFolders.Platform("Mac OS X", "/Users/a", null, null);
        assertEquals(Path.of("/fonts/mine"), FontFolders.of("/fonts/mine", mac).get(0));
        assertEquals(4, FontFolders.of("/fonts/mine", mac).size());
        assertEquals(List.of(Path.of("/fonts/mine")), FontFolders.of("/fonts/mine", (FontFolders.Platform) null));
    }

    @Test
    void fontsInAMacUsersFontFolderAreFoundByFamily() throws IOException {
        Path home = folder.resolve("Users").resolve("ana");
        Path fonts = Files.createDirectories(home.resolve("Library").resolve("Fonts"));
        Files.write(fonts.resolve("DejaVuSans.ttf"), FontFiles.of(Face.FALLBACK));
        FontIndex index = FontIndex.of(FontFolders.of("", new FontFolders.Platform("Mac OS X", home.toString(), null,
                null)));
        assertEquals(fonts.resolve("DejaVuSans.ttf"), index.find("DejaVu Sans", false).path());
        SfntFile.Face onLinux = FontIndex.of(FontFolders.of("", new FontFolders.Platform("Linux", home.toString(),
                null, null))).find("DejaVu Sans", false);
        assertTrue(onLinux == null || !onLinux.path().startsWith(home), "Linux does not look in ~/Library/Fonts");
    }

    @Test
    void fontsInTheWindowsAndTheUsersFontFoldersAreFoundByFamily() throws IOException {
        Path windows = folder.resolve("Windows");
        Path local = folder.resolve("Users").resolve("ana").resolve("AppData").resolve("Local");
        Path system = Files.createDirectories(windows.resolve("Fonts"));
        Path user = Files.createDirectories(local.resolve("Microsoft").resolve("Windows").resolve("Fonts"));
        Files.write(system.resolve("DEJAVUSANS-BOLD.TTF"), FontFiles.of(Face.FALLBACK_BOLD));
        Files.write(user.resolve("DejaVuSans.ttf"), FontFiles.of(Face.FALLBACK));
        FontIndex index = FontIndex.of(FontFolders.of("", new FontFolders.Platform("Windows 10",
                folder.resolve("Users").resolve("ana").toString(), windows.toString(), local.toString())));
        assertEquals(system.resolve("DEJAVUSANS-BOLD.TTF"), index.find("DejaVu Sans", true).path());
        assertEquals(user.resolve("DejaVuSans.ttf"), index.find("DejaVu Sans", false).path());
    }

    @Test
    void aScriptFontInAMacUsersFolderDrawsItsScript() throws IOException {
        Path georgian = Path.of("/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(georgian),
                "needs " + georgian + " (package fonts-noto-core)");
        Path home = folder.resolve("ana");
        Path fonts = Files.createDirectories(home.resolve("Library").resolve("Fonts"));
        Files.copy(georgian, fonts.resolve(georgian.getFileName()));
        FontSet set = new FontSet(FontIndex.of(FontFolders.of("", new FontFolders.Platform("Mac OS X",
                home.toString(), null, null))), "ka");
        BaseFont font = set.forCodePoint(Face.REGULAR, 'ა');
        assertTrue(font.getPostscriptFontName().contains("NotoSansGeorgian"), font.getPostscriptFontName());
    }

    @Test
    void chineseJapaneseAndKoreanFontsFollowTheLanguage() {
        assertEquals("Noto Sans CJK JP", ScriptFonts.families("cjk", "ja").get(0));
        assertEquals("Noto Sans CJK KR", ScriptFonts.families("cjk", "ko-KR").get(0));
        assertEquals("Noto Sans CJK TC", ScriptFonts.families("cjk", "zh-Hant").get(0));
        assertEquals("Noto Sans CJK TC", ScriptFonts.families("cjk", "zh-TW").get(0));
        assertEquals("Noto Sans CJK SC", ScriptFonts.families("cjk", "zh-Hans").get(0));
        assertEquals("Noto Sans CJK SC", ScriptFonts.families("cjk", "en").get(0));
        assertEquals("cjk", ScriptFonts.scriptOf('。'));
        assertEquals("cjk", ScriptFonts.scriptOf('ー'));
        assertEquals("devanagari", ScriptFonts.scriptOf('।'));
        assertEquals("symbols", ScriptFonts.scriptOf('✓'));
        assertEquals("cjk", ScriptFonts.scriptOf('！'));
        assertEquals("Noto Sans Devanagari", ScriptFonts.families(ScriptFonts.scriptOf('क'), "hi").get(0));
        assertEquals("Noto Sans Symbols 2", ScriptFonts.families(ScriptFonts.scriptOf('⎷'), "en").get(1));
    }
}
