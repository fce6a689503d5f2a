package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Complex scripts are drawn in the glyphs the font's OpenType tables choose, read back from the
 * content stream: the Devanagari vowel sign i before its consonant, a conjunct as one glyph the
 * font's {@code cmap} does not reach, an Arabic mark lowered under its letter; the left-to-right
 * shaped words of a line are one marked-content sequence whose {@code /ActualText} is their text; the
 * right-to-left words of a line are one text object, each word a span with its own {@code /ActualText}.
 */
class ShapingTest {
    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    private static final Path DEVANAGARI = NOTO.resolve("NotoSansDevanagari-Regular.ttf");
    private static final Path ARABIC = NOTO.resolve("NotoSansArabic-Regular.ttf");

    @Test
    void theVowelSignIComesBeforeItsConsonantAndAConjunctIsOneGlyph() throws IOException {
        SystemFontsTest.assumeFont(DEVANAGARI, "fonts-noto-core");
        Map<String, List<Shown>> words = shownWords("hi", "कि", "क्ष");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(DEVANAGARI.toFile()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<Shown> ki = words.get("कि");
            assertNotNull(ki, "कि is a shaped word with its ActualText: " + words.keySet());
            assertEquals(2, ki.size(), "कि is two glyphs: " + ki);
            assertEquals(cmap.getGlyphId('क'), ki.get(1).glyph(), "क is drawn second: " + ki);
            assertNotEquals(0, ki.get(0).glyph(), "the vowel sign is drawn first: " + ki);
            List<Shown> ksha = words.get("क्ष");
            assertNotNull(ksha, "क्ष is a shaped word: " + words.keySet());
            assertEquals(1, ksha.size(), "क्ष is one glyph: " + ksha);
            int conjunct = ksha.get(0).glyph();
            assertNull(cmap.getCharCodes(conjunct), "the conjunct's glyph " + conjunct + " is no character's");
            for (char c : "क्ष".toCharArray()) {
                assertNotEquals(cmap.getGlyphId(c), conjunct);
            }
        }
    }

    @Test
    void theShapedWordsOfALineAreOneRunWhoseActualTextHasTheSpaces() throws IOException {
        SystemFontsTest.assumeFont(DEVANAGARI, "fonts-noto-core");
        Map<String, List<Shown>> words = shownWords("hi", "यह रिपोर्ट पिछले वर्ष");
        assertTrue(words.containsKey("यह रिपोर्ट पिछले वर्ष"), "one run for the line: " + words.keySet());
    }

    @Test
    void anArabicMarkIsPlacedUnderItsLetter() throws IOException {
        SystemFontsTest.assumeFont(ARABIC, "fonts-noto-core");
        Map<String, List<Shown>> words = shownWords("ar", "بِ");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(ARABIC.toFile()))) {
            int kasra = font.getUnicodeCmapLookup().getGlyphId('\u0650');
            List<Shown> word = words.get("بِ");
            assertNotNull(word, "بِ is a shaped word: " + words.keySet());
            Shown mark = word.stream().filter(s -> s.glyph() == kasra).findFirst().orElseThrow();
            assertTrue(mark.rise() < 0, "the kasra is lowered under the baseline: " + word);
        }
    }

    @Test
    void aWordShownAgainIsDrawnAsTheFirstTime() throws IOException {
        SystemFontsTest.assumeFont(ARABIC, "fonts-noto-core");
        // The second time, the glyphs are written without OpenPDF, which embedded them the first time.
        Map<String, List<Shown>> words = shownWords("ar", "بِسْمِ", "بِسْمِ");
        List<Shown> both = words.get("بِسْمِ");
        assertNotNull(both, "the word is shaped: " + words.keySet());
        int half = both.size() / 2;
        assertEquals(both.subList(0, half), both.subList(half, both.size()));
        assertTrue(both.subList(half, both.size()).stream().anyMatch(shown -> shown.rise() != 0), "marks keep their rise");
    }

    @Test
    void theRightToLeftWordsOfALineAreOneTextObjectEachWithItsOwnActualText() throws IOException {
        SystemFontsTest.assumeFont(ARABIC, "fonts-noto-core");
        byte[] pdf = PdfFixtures.pdf(SystemFontsTest.document("ar", "نص عربي قصير"), EditionOptions.builder().build());
        Map<String, Integer> textObjects = new HashMap<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            List<COSBase> operands = new ArrayList<>();
            int count = 0;
            for (Object token : new PDFStreamParser(read.getPage(0)).parse()) {
                if (!(token instanceof Operator operator)) {
                    operands.add((COSBase) token);
                    continue;
                }
                if (operator.getName().equals("BT")) {
                    count++;
                } else if (operator.getName().equals("BDC") && operands.get(1) instanceof COSDictionary properties
                        && properties.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString actual) {
                    textObjects.put(actual.getString(), count);
                }
                operands.clear();
            }
        }
        // The running footer ("page 1 of 1") has spans of its own.
        List<Integer> paragraph = java.util.stream.Stream.of("نص", "عربي", "قصير").map(textObjects::get).toList();
        assertTrue(!paragraph.contains(null), "a span per word: " + textObjects);
        assertEquals(1, new java.util.HashSet<>(paragraph).size(), "one text object: " + textObjects);
    }

    /** A glyph shown, with the text rise it is shown at. */
    private record Shown(int glyph, float rise) {
    }

    /** For each marked-content sequence with {@code /ActualText} on the first page, the glyphs it shows. */
    private static Map<String, List<Shown>> shownWords(String language, String... paragraphs) throws IOException {
        byte[] pdf = PdfFixtures.pdf(SystemFontsTest.document(language, paragraphs), EditionOptions.builder().build());
        Map<String, List<Shown>> words = new HashMap<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDPage page = read.getPage(0);
            Deque<String> open = new ArrayDeque<>();
            List<COSBase> operands = new ArrayList<>();
            float rise = 0;
            for (Object token : new PDFStreamParser(page).parse()) {
                if (!(token instanceof Operator operator)) {
                    operands.add((COSBase) token);
                    continue;
                }
                switch (operator.getName()) {
                    case "BDC" -> open.push(operands.get(1) instanceof COSDictionary properties
                            && properties.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString actual
                            ? actual.getString() : "");
                    case "BMC" -> open.push("");
                    case "EMC" -> open.pop();
                    case "Ts" -> rise = ((COSNumber) operands.get(0)).floatValue();
                    case "Tj", "TJ" -> {
                        String word = open.stream().filter(s -> !s.isEmpty()).findFirst().orElse(null);
                        if (word != null) {
                            List<Shown> shown = words.computeIfAbsent(word, w -> new ArrayList<>());
                            for (COSString string : strings(operands.get(0))) {
                                byte[] codes = string.getBytes();
                                for (int i = 0; i + 1 < codes.length; i += 2) {
                                    shown.add(new Shown((codes[i] & 0xFF) << 8 | codes[i + 1] & 0xFF, rise));
                                }
                            }
                        }
                    }
                    default -> {
                        // Other operators do not show glyphs.
                    }
                }
                operands.clear();
            }
        }
        return words;
    }

    private static List<COSString> strings(COSBase operand) {
        List<COSString> strings = new ArrayList<>();
        if (operand instanceof COSString string) {
            strings.add(string);
        } else if (operand instanceof COSArray array) {
            array.forEach(item -> {
                if (item instanceof COSString string) {
                    strings.add(string);
                }
            });
        }
        return strings;
    }
}
