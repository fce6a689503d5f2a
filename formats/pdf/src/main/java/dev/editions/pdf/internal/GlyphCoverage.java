package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import dev.editions.model.Abbreviation;
import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Code;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Text;
import dev.editions.write.SourceLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds, before anything is laid out, every character of a document that no font of the PDF edition
 * can show, so that one error names them all (each with its code point, its script and the first
 * block it is in) rather than the first one met.
 */
final class GlyphCoverage {
    /** The most characters a message lists; the rest are counted. */
    private static final int MAX_LISTED = 20;

    private final FontSet fonts;
    private final String source;
    private final SourceLines lines;
    private final Map<Integer, String> missing = new LinkedHashMap<>();

    private GlyphCoverage(FontSet fonts, String source, SourceLines lines) {
        this.fonts = fonts;
        this.source = source;
        this.lines = lines;
    }

    /**
     * Checks that every character of {@code document} has a glyph in some font.
     *
     * @param source the name of the source file, for the message
     * @param lines where each character is in the source
     *
     * @throws EditionsException listing every character without one
     */
    static void check(Document document, FontSet fonts, String source, SourceLines lines) {
        GlyphCoverage coverage = new GlyphCoverage(fonts, source, lines);
        coverage.scan(document.metadata().title(), Face.BOLD, () -> "the title block");
        if (document.metadata().subtitle() != null) {
            coverage.scan(document.metadata().subtitle(), Face.REGULAR, () -> "the title block");
        }
        document.glossary().entries().values().forEach(longForm -> coverage.scan(longForm, Face.REGULAR,
                () -> "the glossary"));
        List<Block> blocks = Blocks.withNotes(document);
        for (int i = 0; i < blocks.size(); i++) {
            int index = i;
            Supplier<String> where = () -> BlockLayout.describe(index, blocks.get(index));
            List<Block> one = List.of(blocks.get(i));
            Blocks.forEachBlock(one, block -> {
                if (block instanceof CodeBlock code) {
                    coverage.scan(code.text(), Face.MONO, where);
                }
            });
            Blocks.forEachInline(one, inline -> {
                if (inline instanceof Text text) {
                    coverage.scan(text.text(), Face.REGULAR, where);
                } else if (inline instanceof Code code) {
                    coverage.scan(code.code(), Face.MONO, where);
                } else if (inline instanceof Abbreviation abbreviation) {
                    coverage.scan(abbreviation.shortForm() + abbreviation.longForm(), Face.REGULAR, where);
                }
            });
        }
        if (!coverage.missing.isEmpty()) {
            throw EditionsException.of("PDF edition", coverage.message());
        }
    }

    /** Records each character of {@code text} no font has, with where it is first met (described only then). */
    private void scan(String text, Face face, Supplier<String> where) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c != '\n' && c != '\t' && c != '\r' && !invisible(c) && fonts.forCodePoint(face, c) == null
                    && !missing.containsKey(c)) {
                missing.put(c, where.get());
            }
        }
    }

    /**
     * Whether {@code codePoint} is a format character or variation selector, which shows no glyph of
     * its own (a joiner, U+FE0F after an emoji): one no font has is left out of the drawing.
     */
    static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    private String message() {
        String listed = missing.entrySet().stream().limit(MAX_LISTED).map(entry -> describe(entry.getKey())
                + " at " + place(entry.getKey()) + " in " + entry.getValue()).collect(Collectors.joining("; "));
        int more = missing.size() - MAX_LISTED;
        Set<String> packages = new TreeSet<>();
        missing.keySet().forEach(c -> packages.add(ScriptFonts.debianPackage(c)));
        return "no font of the PDF edition has a glyph for " + (missing.size() == 1 ? "the character "
                : missing.size() + " characters: ") + listed + (more > 0 ? "; and " + more + " more" : "")
                + "; fonts for them come with the Debian/Ubuntu package" + (packages.size() == 1 ? " " : "s ")
                + String.join(", ", packages) + ", or name a folder of fonts with --font-dir (option pdf.font-dirs; "
                + (fonts.folders().isEmpty() ? "no folder was searched"
                        : "searched: " + fonts.folders().stream().map(Object::toString).collect(Collectors.joining(", ")))
                + "); the other editions carry them; or replace or remove them, or leave the PDF out (-f docx,epub,md)";
    }

    private String place(int codePoint) {
        long line = lines.lineOf(codePoint);
        return line > 0 ? source + ":" + line : source;
    }

    private static String describe(int codePoint) {
        String shown = Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                ? "" : "'" + Character.toString(codePoint) + "' ";
        String script = Character.UnicodeScript.of(codePoint).name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return String.format(Locale.ROOT, "%s(U+%04X, %s)", shown, codePoint, script);
    }
}
