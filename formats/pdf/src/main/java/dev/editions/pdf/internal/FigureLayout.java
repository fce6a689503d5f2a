package dev.editions.pdf.internal;

import dev.editions.text.PlainOffsets;
import dev.editions.model.Figure;
import dev.editions.model.Image;
import dev.editions.model.Table;
import java.util.List;

/**
 * Lays out figures: the picture scaled to fit the measure and a share of the page's height, centred,
 * with its caption below, kept on one page. An informative figure is a {@code Figure} element with
 * alternative text, grouped with its {@code Caption} in a {@code Div}; a decorative one is an artifact.
 */
final class FigureLayout {
    /** Points per pixel, taking pictures as 96 pixels per inch. */
    private static final float POINTS_PER_PIXEL = 0.75f;
    private static final float CAPTION_GAP = 5f;

    private final PageLayout pages;
    private final InlineFlow flow;
    private final PlainOffsets plain;

    FigureLayout(PageLayout pages, InlineFlow flow, PlainOffsets plain) {
        this.pages = pages;
        this.flow = flow;
        this.plain = plain;
    }

    /** The width and height of {@code image} drawn in {@code measure}. */
    float[] size(Image image, float measure) {
        float width = image.width() * POINTS_PER_PIXEL;
        float height = image.height() * POINTS_PER_PIXEL;
        float scale = Math.min(1f, Math.min(measure / width, pages.height() * Typography.FIGURE_MAX_HEIGHT / height));
        return new float[] {width * scale, height * scale};
    }

    void layout(Figure figure, Tag parent, float x, float measure) {
        Tag group = figure.decorative() ? null : parent.child("Div");
        Tag picture = group == null ? null : group.child("Figure").alt(figure.alt()).holdContent();
        List<Line> caption = List.of();
        int offset = plain.offset();
        if (!figure.caption().isEmpty()) {
            plain.separate();
            offset = plain.advance(figure.caption());
            Tag captionTag = group == null ? parent.child("P") : group.child("Caption");
            caption = LineBreaker.lines(flow.tokens(figure.caption(), Typography.CAPTION, captionTag, offset), measure);
        }
        float[] size = size(figure.image(), measure);
        float captionHeight = caption.isEmpty() ? 0 : CAPTION_GAP + caption.size() * Typography.CAPTION.leading();
        pages.ensure(size[1] + captionHeight);
        pages.startAt(offset);
        pages.drawLabel(PageLayout.baselineBelow(pages.y(), Typography.BODY));
        Mark mark = picture == null ? Mark.artifact(Mark.Artifact.LAYOUT) : Mark.of(picture);
        pages.add(new PageItem.Picture(mark, figure.image(), x + (measure - size[0]) / 2, pages.y() - size[1],
                size[0], size[1]));
        pages.advance(size[1]);
        if (!caption.isEmpty()) {
            pages.advance(CAPTION_GAP);
            pages.placeLines(caption, x, measure, Typography.CAPTION, Table.Alignment.CENTER, false);
        }
    }
}
