package dev.editions.pdf.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads just enough of a TrueType or OpenType file (or collection) to choose a fallback font: each
 * face's family and style names and which outlines it has, and, only when asked, the characters its
 * {@code cmap} maps to a glyph. Nothing else of the file is read, so indexing a font folder is cheap.
 */
final class SfntFile {
    private static final int TTC = 0x74746366; // 'ttcf'
    private static final int MAX_TABLE = 64 << 20;

    private SfntFile() {
    }

    /**
     * One face of a font file.
     *
     * @param path the file
     * @param index the face's index in a collection (0 in a single font file)
     * @param family the typographic family name, e.g. {@code Noto Sans CJK SC}
     * @param style the style name, e.g. {@code Regular} or {@code Bold}
     * @param outlines whether the face has outlines a PDF can embed (TrueType {@code glyf} or CFF),
     *     rather than only bitmaps (colour emoji) or variable outlines
     * @param cff whether the outlines are CFF (PostScript) rather than TrueType
     * @param tables where each table of the face starts and how long it is
     */
    record Face(Path path, int index, String family, String style, boolean outlines, boolean cff,
            Map<String, long[]> tables) {
        /** The characters the face maps to a glyph. */
        BitSet coverage() throws IOException {
            long[] cmap = tables.get("cmap");
            if (cmap == null) {
                return new BitSet();
            }
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                return Cmap.coverage(read(channel, cmap[0], (int) cmap[1]));
            }
        }

        /** Faces are the same when they are the same face of the same file. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Face face && face.index == index && face.path.equals(path);
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + index;
        }

        /** The face as OpenPDF names it: the path, with {@code ,N} for a face of a collection. */
        String openPdfName() {
            return path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + "," + index
                    : path.toString();
        }
    }

    /** The faces of the font file at {@code path}; empty when it is no font file this reader knows. */
    static List<Face> faces(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 12) {
                return List.of();
            }
            ByteBuffer head = read(channel, 0, 12);
            List<Long> offsets = new ArrayList<>();
            if (head.getInt(0) == TTC) {
                int count = Math.min(head.getInt(8), 256);
                ByteBuffer table = read(channel, 12, 4 * count);
                for (int i = 0; i < count; i++) {
                    offsets.add(table.getInt(4 * i) & 0xFFFFFFFFL);
                }
            } else {
                offsets.add(0L);
            }
            List<Face> faces = new ArrayList<>();
            for (int i = 0; i < offsets.size(); i++) {
                Face face = face(channel, path, i, offsets.get(i));
                if (face != null) {
                    faces.add(face);
                }
            }
            return faces;
        }
    }

    private static Face face(FileChannel channel, Path path, int index, long offset) throws IOException {
        ByteBuffer header = read(channel, offset, 12);
        int version = header.getInt(0);
        if (version != 0x00010000 && version != 0x4F54544F && version != 0x74727565) { // 1.0, 'OTTO', 'true'
            return null;
        }
        int count = header.getShort(4) & 0xFFFF;
        ByteBuffer records = read(channel, offset + 12, 16 * count);
        Map<String, long[]> tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            byte[] tag = new byte[4];
            records.get(16 * i, tag);
            long start = records.getInt(16 * i + 8) & 0xFFFFFFFFL;
            long length = records.getInt(16 * i + 12) & 0xFFFFFFFFL;
            if (start + length <= channel.size() && length <= MAX_TABLE) {
                tables.put(new String(tag, StandardCharsets.ISO_8859_1), new long[] {start, length});
            }
        }
        long[] name = tables.get("name");
        if (name == null || !tables.containsKey("cmap")) {
            return null;
        }
        Names names = Names.of(read(channel, name[0], (int) name[1]));
        if (names.family() == null) {
            return null;
        }
        boolean cff = tables.containsKey("CFF ");
        boolean outlines = (tables.containsKey("glyf") || cff) && !tables.containsKey("fvar");
        return new Face(path, index, names.family(), names.style() == null ? "Regular" : names.style(), outlines,
                cff, Map.copyOf(tables));
    }

    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("font file ends early");
            }
        }
        return buffer.flip();
    }

    /** The family and style from a {@code name} table, the typographic ones when present. */
    private record Names(String family, String style) {
        static Names of(ByteBuffer table) {
            int count = table.getShort(2) & 0xFFFF;
            int strings = table.getShort(4) & 0xFFFF;
            Map<Integer, String> found = new HashMap<>();
            Map<Integer, Integer> rank = new HashMap<>();
            for (int i = 0; i < count && 6 + 12 * i + 12 <= table.limit(); i++) {
                int at = 6 + 12 * i;
                int platform = table.getShort(at) & 0xFFFF;
                int language = table.getShort(at + 4) & 0xFFFF;
                int id = table.getShort(at + 6) & 0xFFFF;
                int length = table.getShort(at + 8) & 0xFFFF;
                int start = strings + (table.getShort(at + 10) & 0xFFFF);
                if (id != 1 && id != 2 && id != 16 && id != 17 || start + length > table.limit()) {
                    continue;
                }
                // Windows English names first, then other Windows names, then Macintosh Roman.
                int quality = platform == 3 ? language == 0x409 ? 3 : 2 : platform == 1 && language == 0 ? 1 : 0;
                if (quality == 0 || quality <= rank.getOrDefault(id, 0)) {
                    continue;
                }
                byte[] bytes = new byte[length];
                table.get(start, bytes);
                found.put(id, new String(bytes, platform == 3 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1));
                rank.put(id, quality);
            }
            String family = found.getOrDefault(16, found.get(1));
            String style = found.containsKey(16) ? found.getOrDefault(17, found.get(2)) : found.get(2);
            return new Names(family == null ? null : family.strip(), style == null ? null : style.strip());
        }
    }
}
