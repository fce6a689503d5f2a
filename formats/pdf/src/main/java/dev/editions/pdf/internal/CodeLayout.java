package dev.editions.pdf.internal;

import dev.editions.text.PlainOffsets;
import dev.editions.model.CodeBlock;
import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out code blocks in the monospaced face: one output line per source line, spaces kept, tabs
 * to stops of four columns. A line wider than the measure is wrapped, after a space when one is near
 * the end, and each continuation starts with a mark ({@code ↪}) drawn as an artifact, so the tagged
 * text stays the code. The block is a {@code P} holding a {@code Code} element per non-empty line.
 */
final class CodeLayout {
    static final String CONTINUATION = "↪";
    private static final int TAB_STOP = 4;
    /** A wrap goes after a space only when the space is in the last part of the line, this share. */
    private static final float SPACE_BREAK_SHARE = 0.3f;

    private final PageLayout pages;
    private final Fragments fragments;
    private final PlainOffsets plain;

    CodeLayout(PageLayout pages, Fragments fragments, PlainOffsets plain) {
        this.pages = pages;
        this.fragments = fragments;
        this.plain = plain;
    }

    void layout(CodeBlock code, Tag parent, float x, float measure) {
        TextStyle style = Typography.CODE;
        // The block's exact source (tabs, blank lines) for readers of the structure: the lines drawn
        // have their tabs expanded and long lines wrapped.
        Tag block = parent.child("P").actualText(code.text());
        int offset = plain.advance(code.text());
        List<Fragment> mark = fragments.of(CONTINUATION, Face.MONO, style.size(), Typography.MUTED, null, null);
        float indent = Fragment.width(fragments.of("  ", Face.MONO, style.size(), style.color(), null, null));
        for (String source : code.lines()) {
            Expanded line = Expanded.of(source);
            if (line.text().isBlank()) {
                place(new Line(List.of(), 0, false, offset), null, x, measure);
            } else {
                Tag tag = block.child("Code").holdContent();
                List<Fragment> glyphs = fragments.of(line.text(), Face.MONO, style.size(), style.color(), tag, null);
                boolean first = true;
                for (Piece piece : wrap(glyphs, measure, measure - indent)) {
                    Line drawn = new Line(List.of(new Token.Word(piece.fragments(), Fragment.width(piece.fragments()),
                            offset + line.original(piece.start()))), 0, false, offset + line.original(piece.start()));
                    if (first) {
                        place(drawn, null, x, measure);
                    } else {
                        place(drawn, mark, x + indent, measure - indent);
                    }
                    first = false;
                }
            }
            offset += source.length() + 1;
        }
    }

    /** Places one line at the cursor, on a new page when it does not fit, with its continuation mark. */
    private void place(Line line, List<Fragment> mark, float x, float measure) {
        TextStyle style = Typography.CODE;
        pages.ensure(style.leading());
        if (mark != null) {
            float baseline = PageLayout.baselineBelow(pages.y(), style);
            LinePainter.paint(mark, x - Fragment.width(mark) - 1f, baseline, Mark.artifact(Mark.Artifact.LAYOUT),
                    pages::add);
        }
        pages.placeLine(line, x, measure, style, Table.Alignment.START, false);
    }

    /**
     * Cuts the fragments of one line into pieces: the first no wider than {@code firstWidth}, the
     * others no wider than {@code width}.
     */
    private static List<Piece> wrap(List<Fragment> glyphs, float firstWidth, float width) {
        List<int[]> spans = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        List<Float> advances = new ArrayList<>();
        for (Fragment fragment : glyphs) {
            String text = fragment.text();
            for (int i = 0; i < text.length(); ) {
                int next = i + Character.charCount(text.codePointAt(i));
                advances.add(fragment.font().getWidthPoint(text.substring(i, next), fragment.size()));
                spans.add(new int[] {all.length(), all.length() + next - i});
                all.append(text, i, next);
                i = next;
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        while (start < spans.size()) {
            float limit = pieces.isEmpty() ? firstWidth : width;
            float used = 0;
            int end = start;
            while (end < spans.size() && (end == start || used + advances.get(end) <= limit)) {
                used += advances.get(end);
                end++;
            }
            if (end < spans.size()) {
                for (int i = end - 1; i > start + (end - start) * (1 - SPACE_BREAK_SHARE); i--) {
                    if (all.charAt(spans.get(i)[0]) == ' ') {
                        end = i + 1;
                        break;
                    }
                }
            }
            pieces.add(new Piece(slice(glyphs, spans.get(start)[0], spans.get(end - 1)[1]), spans.get(start)[0]));
            start = end;
        }
        return pieces;
    }

    /** The parts of {@code glyphs} between two character offsets of their joined text. */
    private static List<Fragment> slice(List<Fragment> glyphs, int from, int to) {
        List<Fragment> out = new ArrayList<>();
        int at = 0;
        for (Fragment fragment : glyphs) {
            int end = at + fragment.text().length();
            int a = Math.max(from, at);
            int b = Math.min(to, end);
            if (a < b) {
                out.add(fragment.slice(a - at, b - at));
            }
            at = end;
        }
        return out;
    }

    /** Part of a line as drawn on one output line, and where it starts in the expanded line. */
    private record Piece(List<Fragment> fragments, int start) {
    }

    /**
     * A source line with its tabs expanded to spaces, and for each character of the expanded text the
     * index of the source character it comes from.
     */
    private record Expanded(String text, int[] sources) {
        static Expanded of(String source) {
            StringBuilder text = new StringBuilder(source.length());
            List<Integer> origins = new ArrayList<>(source.length());
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\t') {
                    do {
                        text.append(' ');
                        origins.add(i);
                    } while (text.length() % TAB_STOP != 0);
                } else {
                    text.append(c);
                    origins.add(i);
                }
            }
            return new Expanded(text.toString(), origins.stream().mapToInt(Integer::intValue).toArray());
        }

        int original(int index) {
            return index < sources.length ? sources[index] : sources.length == 0 ? 0 : sources[sources.length - 1] + 1;
        }
    }
}
