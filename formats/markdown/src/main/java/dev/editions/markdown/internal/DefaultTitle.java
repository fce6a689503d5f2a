package dev.editions.markdown.internal;

import dev.editions.model.Block;
import dev.editions.model.Heading;
import dev.editions.read.Source;
import dev.editions.text.PlainText;
import java.util.List;
import java.util.function.Supplier;

/**
 * The title of a source whose front matter gives none: its first heading, else its file name. When
 * that heading is the source's only level-1 heading it is the document's title and nothing else, so
 * it is taken out of the body, which would otherwise print the title twice.
 */
final class DefaultTitle implements Supplier<String> {
    private final List<Block> blocks;
    private final Source source;
    private boolean asked;

    DefaultTitle(List<Block> blocks, Source source) {
        this.blocks = blocks;
        this.source = source;
    }

    /** The title, noting that the front matter gave none. */
    @Override
    public String get() {
        asked = true;
        int first = firstHeading();
        String text = first < 0 ? "" : PlainText.of(((Heading) blocks.get(first)).content()).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            return text;
        }
        return source.baseName().isBlank() ? "Untitled report" : source.baseName();
    }

    /** Takes the heading the title came from out of the blocks, when it is the only level-1 heading. */
    void removeFromBody() {
        int first = firstHeading();
        if (!asked || first < 0 || ((Heading) blocks.get(first)).level() != 1) {
            return;
        }
        long topHeadings = blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1).count();
        if (topHeadings == 1) {
            blocks.remove(first);
        }
    }

    private int firstHeading() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading) {
                return i;
            }
        }
        return -1;
    }
}
