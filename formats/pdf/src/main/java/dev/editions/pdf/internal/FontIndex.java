package dev.editions.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The font faces found in some folders, indexed by family name. The folders are walked, and each
 * font file's header and name table read, only when the first fallback font is looked up; a face's
 * character coverage is read only when a character is looked up in it. Folders are searched in the
 * order given and the files of each in the order of their paths, so the same folders give the same
 * choice whatever order the file system lists them in. One index per list of folders is kept for
 * the life of the JVM and shared between threads.
 */
final class FontIndex {
    private static final Map<List<Path>, FontIndex> INDEXES = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 8;

    private final List<Path> folders;
    private volatile Map<String, List<SfntFile.Face>> families;
    private final Map<SfntFile.Face, BitSet> coverage = new ConcurrentHashMap<>();

    private FontIndex(List<Path> folders) {
        this.folders = folders;
    }

    /** The index of {@code folders}, searched in that order. */
    static FontIndex of(List<Path> folders) {
        return INDEXES.computeIfAbsent(List.copyOf(folders), FontIndex::new);
    }

    /** The folders searched. */
    List<Path> folders() {
        return folders;
    }

    /**
     * The face of {@code family} (compared ignoring case and spaces) nearest to bold or regular
     * weight, upright; {@code null} when no face of it with embeddable outlines was found.
     */
    SfntFile.Face find(String family, boolean bold) {
        List<SfntFile.Face> faces = families().get(key(family));
        if (faces == null) {
            return null;
        }
        SfntFile.Face best = null;
        int bestRank = Integer.MAX_VALUE;
        for (SfntFile.Face face : faces) {
            int rank = styleRank(face.style(), bold);
            if (rank < bestRank) {
                best = face;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Whether {@code face} maps {@code codePoint} to a glyph. */
    boolean covers(SfntFile.Face face, int codePoint) {
        return coverage.computeIfAbsent(face, FontIndex::readCoverage).get(codePoint);
    }

    private static BitSet readCoverage(SfntFile.Face face) {
        try {
            return face.coverage();
        } catch (IOException | RuntimeException e) {
            return new BitSet();
        }
    }

    private static int styleRank(String style, boolean bold) {
        String s = key(style);
        if (s.contains("italic") || s.contains("oblique")) {
            return 100 + styleRank(s.replace("italic", "").replace("oblique", ""), bold);
        }
        List<String> order = bold ? List.of("bold", "semibold", "extrabold", "black", "medium", "regular", "book")
                : List.of("regular", "book", "normal", "", "medium", "light", "semibold", "bold");
        int at = order.indexOf(s);
        return at < 0 ? order.size() : at;
    }

    private Map<String, List<SfntFile.Face>> families() {
        Map<String, List<SfntFile.Face>> found = families;
        if (found == null) {
            synchronized (this) {
                found = families;
                if (found == null) {
                    found = scan();
                    families = found;
                }
            }
        }
        return found;
    }

    private Map<String, List<SfntFile.Face>> scan() {
        Map<String, List<SfntFile.Face>> found = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (Path folder : folders) {
            for (Path file : fontFiles(folder)) {
                try {
                    if (!seen.add(file.toRealPath())) {
                        continue;
                    }
                    for (SfntFile.Face face : SfntFile.faces(file)) {
                        if (face.outlines()) {
                            found.computeIfAbsent(key(face.family()), k -> new ArrayList<>()).add(face);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // A file that cannot be read as a font is no candidate.
                }
            }
        }
        return found;
    }

    private static List<Path> fontFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
            return files.filter(FontIndex::isFontFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isFontFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) && Files.isRegularFile(path);
    }

    /** A family or style name reduced to lower-case letters and digits. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
