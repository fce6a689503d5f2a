package dev.editions.pdf.internal;

import dev.editions.text.Furniture;
import java.util.ArrayList;
import java.util.List;

/**
 * The running header (the report's title, from the second page on) and footer ("Page N of M" in the report's language),
 * drawn in the margins as pagination artifacts. The header starts at the left, or at the right in a
 * report written right to left; the footer is centred.
 */
final class RunningHeads {
    private static final TextStyle STYLE = Typography.RUNNING;

    private final PageLayout layout;
    private final Fragments fragments;
    private final String title;
    private final Furniture words;
    private final boolean rightToLeft;

    RunningHeads(PageLayout layout, Fragments fragments, String title, Furniture words, boolean rightToLeft) {
        this.layout = layout;
        this.rightToLeft = rightToLeft;
        this.fragments = fragments;
        this.title = title;
        this.words = words;
    }

    /** The header items of page {@code number}: none on the first page. */
    List<PageItem> header(int number) {
        List<PageItem> items = new ArrayList<>();
        if (number > 1) {
            line(fitted(title), Mark.Artifact.HEADER, layout.pageHeight() - layout.margin() / 2, false, items);
        }
        return items;
    }

    /** The footer items of page {@code number} of {@code total}. */
    List<PageItem> footer(int number, int total) {
        List<PageItem> items = new ArrayList<>();
        line(words.page(number, total), Mark.Artifact.FOOTER, layout.margin() / 2 - STYLE.size() / 2, true, items);
        return items;
    }

    private void line(String text, Mark.Artifact kind, float baseline, boolean centred, List<PageItem> items) {
        List<Fragment> pieces = fragments.of(text, Face.REGULAR, STYLE.size(), STYLE.color(), null, null);
        float slack = layout.width() - Fragment.width(pieces);
        float x = layout.left() + (centred ? slack / 2 : rightToLeft ? slack : 0);
        LinePainter.paint(pieces, x, baseline, Mark.artifact(kind), items::add);
    }

    /** The title, cut at a word and ended with an ellipsis when it is wider than the text area. */
    private String fitted(String text) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (width(single) <= layout.width()) {
            return single;
        }
        String cut = single;
        while (cut.contains(" ") && width(cut + "…") > layout.width()) {
            cut = cut.substring(0, cut.lastIndexOf(' '));
        }
        return cut + "…";
    }

    private float width(String text) {
        return Fragment.width(fragments.of(text, Face.REGULAR, STYLE.size(), STYLE.color(), null, null));
    }
}
