package dev.editions.benchmarks;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One shape of report that grows with a single size: a generator of its source text and the
 * editions written from it. Reading and normalising it, and writing each edition, must take time in
 * proportion to the size.
 *
 * @param name a short name to print
 * @param fileName the source's file name, whose extension chooses the reader
 * @param source the source text for a size
 * @param formats the editions to write, each timed on its own
 */
public record ScalingShape(String name, String fileName, IntFunction<String> source, List<String> formats) {
    private static final List<String> LETTER_WORDS = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot",
            "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
            "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu");

    /** Copies the formats. */
    public ScalingShape {
        formats = List.copyOf(formats);
    }

    /** Every shape that once grew faster than its size. */
    public static List<ScalingShape> all() {
        return List.of(
                new ScalingShape("markdown-paragraph-lines", "report.md", ScalingShape::markdownParagraph, List.of()),
                new ScalingShape("plain-paragraph-lines", "report.txt", ScalingShape::plainParagraph, List.of()),
                new ScalingShape("markdown-table-rows", "report.md", ScalingShape::markdownTable, List.of("docx")),
                new ScalingShape("learnt-abbreviations", "report.txt", ScalingShape::abbreviations, List.of("docx")),
                new ScalingShape("identical-headings", "report.md", ScalingShape::identicalHeadings,
                        List.of("docx", "epub", "md", "pdf")),
                new ScalingShape("link-reference-definitions", "report.md", ScalingShape::linkDefinitions, List.of()));
    }

    /** One Markdown paragraph of {@code lines} lines. */
    static String markdownParagraph(int lines) {
        return repeated("# Notes\n\n", lines, i -> "line " + i + " of a *long* paragraph that goes on\n");
    }

    /**
     * Plain text with one block of {@code lines} hard-wrapped lines, each continuing the sentence; one
     * line in ten ends in a word split by a hyphen.
     */
    static String plainParagraph(int lines) {
        return repeated("Notes\n\n", lines, i -> "the survey of line " + i + " continues the long sentence of the"
                + (i % 10 == 9 ? " recom-\nmendation" : " paragraph") + " and\n");
    }

    /** A Markdown table of {@code rows} body rows in three columns. */
    static String markdownTable(int rows) {
        return repeated("# Results\n\n| Region | Year | Share |\n|---|---|--:|\n", rows,
                i -> "| Region " + i + " | " + (2000 + i % 25) + " | " + i % 100 + " % |\n");
    }

    /** Plain text defining {@code count} distinct abbreviations, each learnt into the glossary. */
    static String abbreviations(int count) {
        return repeated("Glossary test\n\n", count, i -> {
            StringBuilder shortForm = new StringBuilder("K");
            StringBuilder longForm = new StringBuilder("Kilo");
            for (int n = i, letter = 0; letter < 4; letter++, n /= 26) {
                shortForm.append((char) ('A' + n % 26));
                longForm.append(' ').append(LETTER_WORDS.get(n % 26));
            }
            return "The " + longForm + " (" + shortForm + ") met in spring.\n\n";
        });
    }

    /** {@code count} headings with the same Cyrillic text, each with a short paragraph. */
    static String identicalHeadings(int count) {
        return repeated("", count, i -> "## Раздел\n\nТекст раздела " + i + ".\n\n");
    }

    /** A paragraph with one link followed by {@code count} link reference definitions. */
    static String linkDefinitions(int count) {
        return repeated("# Sources\n\nSee [the first source][s0].\n\n", count,
                i -> "[s" + i + "]: https://example.org/source/" + i + "\n");
    }

    private static String repeated(String head, int count, IntFunction<String> item) {
        StringBuilder out = new StringBuilder(head);
        for (int i = 0; i < count; i++) {
            out.append(item.apply(i));
        }
        return out.toString();
    }
}
