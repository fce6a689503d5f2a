package dev.editions.pdf.internal;

import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Positions one line's fragments: aligns or justifies it, merges neighbouring fragments of the same
 * look into one text item (raised or lowered as the fragment says, with a line through struck
 * text), joins the shaped words of a line ({@link ShapedRuns}), and adds each link's clickable area
 * and underline.
 */
final class LinePainter {
    private final Consumer<PageItem> out;
    private final Mark override;
    private StringBuilder text;
    private Fragment look;
    private float textX;
    private float cursor;
    private LinkTarget link;
    private float linkX;
    private float linkSize;
    private float baseline;
    /** Lines through struck text, drawn after the line's text so its marked content is not split. */
    private final List<PageItem> strikes = new ArrayList<>();
    /** The logical text of the text being drawn when its glyphs are reversed or shaped. */
    private String actualText;
    /** The shaped glyphs of the text being drawn, or {@code null}. */
    private GlyphRun glyphs;

    private LinePainter(Consumer<PageItem> out, Mark override) {
        this.out = out;
        this.override = override;
    }

    /**
     * Paints {@code line} on {@code baseline} in the measure from {@code x}.
     *
     * @param override the mark for every item instead of the fragments' own elements (repeated table
     *     headers are artifacts), or {@code null}
     */
    static void paint(Line line, float x, float measure, float baseline, Table.Alignment alignment, boolean justify,
            Mark override, Consumer<PageItem> out) {
        ShapedRuns runs = new ShapedRuns(out);
        LinePainter painter = new LinePainter(runs, override);
        painter.baseline = baseline;
        float slack = Math.max(0, measure - line.width());
        float extra = 0;
        float start = x;
        int spaces = line.spaces();
        if (justify && line.stretchable() && spaces > 0) {
            extra = slack / spaces;
        } else if (alignment == Table.Alignment.END) {
            start = x + slack;
        } else if (alignment == Table.Alignment.CENTER) {
            start = x + slack / 2;
        }
        List<Fragment> pieces = new ArrayList<>();
        List<Boolean> spaced = new ArrayList<>();
        for (Token token : line.tokens()) {
            if (token instanceof Token.Word word) {
                word.fragments().forEach(f -> {
                    pieces.add(f);
                    spaced.add(false);
                });
            } else if (token instanceof Token.Space space) {
                pieces.add(space.glyph());
                spaced.add(true);
            }
        }
        if (BidiLine.needed(pieces)) {
            BidiLine.Result placed = BidiLine.place(pieces, spaced);
            if (placed.rightToLeft() && extra == 0 && alignment == Table.Alignment.START) {
                start = x + slack;
            }
            for (BidiLine.Placed piece : placed.pieces()) {
                painter.cursor = start + piece.x() + extra * piece.spacesBefore();
                painter.draw(piece.fragment());
                painter.actualText = piece.logical();
                painter.flushText();
                painter.flushLink();
            }
            runs.finish();
            painter.strikes.forEach(out);
            return;
        }
        painter.cursor = start;
        for (Token token : line.tokens()) {
            switch (token) {
                case Token.Word word -> word.fragments().forEach(painter::draw);
                case Token.Space space -> {
                    painter.draw(space.glyph());
                    if (extra > 0) {
                        painter.flushText();
                        painter.cursor += extra;
                    }
                }
                case Token.ForcedBreak forced -> {
                    // Forced breaks end lines and are never inside one.
                }
            }
        }
        painter.flushText();
        painter.flushLink();
        runs.finish();
        painter.strikes.forEach(out);
    }

    /**
     * Paints {@code fragments} one after the other on {@code baseline} from {@code x}: a short run
     * such as a list label or a running header.
     *
     * @param override the mark for every item instead of the fragments' own elements, or {@code null}
     */
    static void paint(List<Fragment> fragments, float x, float baseline, Mark override, Consumer<PageItem> out) {
        if (BidiLine.needed(fragments)) {
            List<Boolean> spaces = fragments.stream().map(f -> false).toList();
            for (BidiLine.Placed piece : BidiLine.place(fragments, spaces).pieces()) {
                Fragment fragment = piece.fragment();
                Mark mark = override != null ? override : Mark.of(fragment.tag());
                out.accept(new PageItem.Text(mark, fragment.text(), fragment.font(), fragment.size(), fragment.color(),
                        x + piece.x(), baseline, piece.logical(), fragment.glyphs()));
            }
            return;
        }
        float cursor = x;
        for (Fragment fragment : fragments) {
            Mark mark = override != null ? override : Mark.of(fragment.tag());
            out.accept(new PageItem.Text(mark, fragment.text(), fragment.font(), fragment.size(), fragment.color(),
                    cursor, baseline, fragment.glyphs() == null ? null : fragment.text(), fragment.glyphs()));
            cursor += fragment.width();
        }
    }

    private void draw(Fragment fragment) {
        if (fragment.picture() != null) {
            drawPicture(fragment);
            return;
        }
        if (look == null || !look.sameLook(fragment) || glyphs != null || fragment.glyphs() != null) {
            // Shaped glyphs are drawn as a text item of their own.
            flushText();
            look = fragment;
            textX = cursor;
            glyphs = fragment.glyphs();
        }
        followLink(fragment);
        if (text == null) {
            text = new StringBuilder();
        }
        text.append(fragment.text());
        cursor += fragment.width();
    }

    /** Draws a picture in the line where the cursor is: a {@code Figure}'s content, or an artifact. */
    private void drawPicture(Fragment fragment) {
        flushText();
        followLink(fragment);
        InlinePicture picture = fragment.picture();
        Mark mark = override != null ? override
                : fragment.tag() == null ? Mark.artifact(Mark.Artifact.LAYOUT) : Mark.of(fragment.tag());
        out.accept(new PageItem.Picture(mark, picture.image(), cursor, baseline - picture.descent(), picture.width(),
                picture.height()));
        cursor += fragment.width();
    }

    private void followLink(Fragment fragment) {
        if (fragment.link() != link) {
            flushLink();
            link = fragment.link();
            linkX = cursor;
            linkSize = fragment.size();
        }
    }

    private void flushText() {
        if (text != null && !text.isEmpty()) {
            Mark mark = override != null ? override : Mark.of(look.tag());
            float y = baseline + look.rise();
            String logical = actualText == null && glyphs != null ? text.toString() : actualText;
            out.accept(new PageItem.Text(mark, text.toString(), look.font(), look.size(), look.color(), textX, y,
                    logical, glyphs));
            if (look.struck() && cursor > textX) {
                float through = y + look.size() * TextMarkSpans.STRIKE_HEIGHT;
                strikes.add(new PageItem.Rule(Mark.Artifact.LAYOUT, textX, through, cursor, through,
                        Math.max(0.5f, look.size() * 0.06f), look.color()));
            }
        }
        text = null;
        look = null;
        actualText = null;
        glyphs = null;
    }

    private void flushLink() {
        if (link != null && cursor > linkX) {
            out.accept(new PageItem.Rule(Mark.Artifact.LAYOUT, linkX, baseline - 1.6f, cursor, baseline - 1.6f,
                    0.6f, Typography.LINK));
            if (override == null) {
                out.accept(new PageItem.LinkArea(link, linkX, baseline - linkSize * 0.3f, cursor - linkX, linkSize * 1.25f));
            }
        }
        link = null;
    }
}
