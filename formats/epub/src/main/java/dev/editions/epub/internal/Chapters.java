package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.write.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a document is split into content documents: a new one starts at every heading of the
 * document's highest level; content before the first such heading gets a document of its own.
 *
 * @param list the content documents in reading order, never empty
 */
public record Chapters(List<Chapter> list) {
    /** Copies the list. */
    public Chapters {
        list = List.copyOf(list);
    }

    /** The split of {@code document}, with titles and anchors from {@code outline}. */
    public static Chapters of(Document document, Outline outline) {
        List<Block> blocks = document.blocks();
        int top = blocks.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min().orElse(0);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i == 0 || blocks.get(i) instanceof Heading h && h.level() == top) {
                starts.add(i);
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int n = 0; n < Math.max(starts.size(), 1); n++) {
            int from = starts.isEmpty() ? 0 : starts.get(n);
            int to = n + 1 < starts.size() ? starts.get(n + 1) : blocks.size();
            Optional<Outline.Entry> heading = outline.at(from).filter(e -> e.level() == top);
            chapters.add(new Chapter("chapter-" + (n + 1) + ".xhtml",
                    heading.map(Outline.Entry::text).filter(text -> !text.isBlank()).orElse(document.metadata().title()),
                    heading.map(Outline.Entry::id), from, to));
        }
        return new Chapters(chapters);
    }

    /** The content document holding the top-level block {@code block} (the last one for blocks past the end). */
    public Chapter holding(int block) {
        return list.stream().filter(c -> block >= c.from() && block < c.to()).findFirst().orElse(list.getLast());
    }

    /**
     * One content document.
     *
     * @param file its file name, relative to the package document
     * @param title its title: the heading that opens it, else the publication title
     * @param headingId the anchor of the heading that opens it, if one does
     * @param from the index of its first top-level block
     * @param to the index after its last top-level block
     */
    public record Chapter(String file, String title, Optional<String> headingId, int from, int to) {
    }
}
