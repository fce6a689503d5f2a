package dev.editions.epub.internal;

import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Image;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The pictures of a document, each with a unique path in the container, in reading order. */
public final class Images {
    private final Map<Image, String> paths = new LinkedHashMap<>();

    /** Collects the pictures of {@code blocks}, nested ones included; a repeated picture is stored once. */
    public Images(List<Block> blocks) {
        Set<String> used = new HashSet<>();
        collect(blocks, used);
    }

    private void collect(List<Block> blocks, Set<String> used) {
        Blocks.forEachImage(blocks, picture -> paths.computeIfAbsent(picture, image -> path(image, used)));
    }

    /** The path of {@code image}, relative to the package document. */
    public String path(Image image) {
        return paths.get(image);
    }

    /** Every picture with its path, in reading order. */
    public Map<Image, String> all() {
        return java.util.Collections.unmodifiableMap(paths);
    }

    private static String path(Image image, Set<String> used) {
        String name = image.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = "images/" + (name.isEmpty() ? "image" : name);
        String path = base + "." + image.extension();
        for (int n = 2; !used.add(path); n++) {
            path = base + "-" + n + "." + image.extension();
        }
        return path;
    }
}
