package dev.editions.epub.internal;

import dev.editions.write.PageMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The page breaks of the paginated edition, grouped by the top-level block they fall in, each with
 * a unique anchor id. Empty when no paginated edition was published alongside.
 */
public final class PageMarkers {
    private final Optional<PageMap> pageMap;
    private final TreeMap<Integer, List<Marker>> byBlock = new TreeMap<>();
    private final List<Marker> all = new ArrayList<>();

    /**
     * The markers of {@code pageMap}; pages starting past the last of {@code blockCount} blocks are
     * marked after it, and a document without blocks gets none.
     */
    public PageMarkers(Optional<PageMap> pageMap, int blockCount) {
        this.pageMap = blockCount == 0 ? Optional.empty() : pageMap;
        Set<String> ids = new HashSet<>();
        this.pageMap.ifPresent(map -> {
            for (PageMap.PageStart start : map.starts()) {
                int block = Math.min(start.block(), blockCount - 1);
                int offset = start.block() == block ? start.offset() : Integer.MAX_VALUE;
                Marker marker = new Marker(start.label().strip(), id(start.label(), ids), block, offset);
                all.add(marker);
                byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(marker);
            }
        });
        byBlock.values().forEach(list -> list.sort(Comparator.comparingInt(Marker::offset)));
    }

    /** Whether there are page breaks to mark. */
    public boolean present() {
        return !all.isEmpty();
    }

    /** The identifier of the paginated edition the pages come from. */
    public Optional<String> source() {
        return pageMap.map(PageMap::sourceIdentifier);
    }

    /** Every marker in page order. */
    public List<Marker> all() {
        return List.copyOf(all);
    }

    /** The markers falling in the top-level block {@code block}, in text order. */
    public List<Marker> in(int block) {
        return byBlock.getOrDefault(block, List.of());
    }

    private static String id(String label, Set<String> used) {
        String base = "page_" + label.strip().replaceAll("[^A-Za-z0-9-]+", "_");
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /**
     * One page break.
     *
     * @param label the page label as printed
     * @param id the anchor id, unique in the publication and unlike any heading id
     * @param block the top-level block the page starts in
     * @param offset the plain-text offset in that block of the page's first character
     */
    public record Marker(String label, String id, int block, int offset) {
    }
}
