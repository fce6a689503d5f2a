package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.text.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a document is split into content documents: a new one starts at every heading of the split
 * level, the highest heading level used more than once (so a lone title heading does not hold the
 * whole report); content before the first such heading gets a document of its own.
 *
 * @param list the content documents in reading order, never empty
 * @param level the split level, written as {@code h1}; 1 when the document has no headings
 */
public record Chapters(List<Chapter> list, int level) {
    /** Copies the list, whose chapters must follow each other in reading order without overlapping. */
    public Chapters {
        list = List.copyOf(list);
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).from() < list.get(i - 1).to()) {
                throw new IllegalArgumentException("chapters out of reading order at block " + list.get(i).from());
            }
        }
    }

    /** The split of {@code document}, with titles and anchors from {@code outline}. */
    public static Chapters of(Document document, Outline outline) {
        List<Block> blocks = document.blocks();
        int top = splitLevel(blocks);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i == 0 || blocks.get(i) instanceof Heading h && h.level() <= top) {
                starts.add(i);
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int n = 0; n < Math.max(starts.size(), 1); n++) {
            int from = starts.isEmpty() ? 0 : starts.get(n);
            int to = n + 1 < starts.size() ? starts.get(n + 1) : blocks.size();
            Optional<Outline.Entry> heading = outline.at(from).filter(e -> e.level() <= top);
            chapters.add(new Chapter("chapter-" + (n + 1) + ".xhtml",
                    heading.map(Outline.Entry::text).filter(text -> !text.isBlank()).orElse(document.metadata().title()),
                    heading.map(Outline.Entry::id), from, to));
        }
        return new Chapters(chapters, Math.max(top, 1));
    }

    private static int splitLevel(List<Block> blocks) {
        Map<Integer, Long> counts = blocks.stream().filter(Heading.class::isInstance)
                .collect(Collectors.groupingBy(b -> ((Heading) b).level(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).findFirst()
                .orElse(counts.isEmpty() ? 0 : counts.keySet().iterator().next());
    }

    /**
     * The content document holding the top-level block {@code block} (the last one for blocks past the
     * end), found by binary search as the chapters are in reading order.
     */
    public Chapter holding(int block) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Chapter chapter = list.get(middle);
            if (block < chapter.from()) {
                high = middle - 1;
            } else if (block >= chapter.to()) {
                low = middle + 1;
            } else {
                return chapter;
            }
        }
        return list.getLast();
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
