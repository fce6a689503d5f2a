package dev.editions.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Bytes written once and read back once, kept deflated (at the fastest level) in blocks that are
 * never copied as they grow, so a part of hundreds of megabytes holds a tenth of that in memory
 * until the package is written.
 */
final class Spool {
    private static final int BLOCK = 1 << 16;

    private final List<byte[]> blocks = new ArrayList<>();
    private int used = BLOCK;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final DeflaterOutputStream input = new DeflaterOutputStream(new Blocks(), deflater, BLOCK);

    /** Where the bytes are written; closing it ends the writing. */
    OutputStream input() {
        return input;
    }

    /** The bytes written, once {@link #input()} is closed. */
    InputStream read() {
        deflater.end();
        List<InputStream> parts = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            parts.add(new ByteArrayInputStream(blocks.get(i), 0, i == blocks.size() - 1 ? used : BLOCK));
        }
        return new InflaterInputStream(new SequenceInputStream(Collections.enumeration(parts)), new java.util.zip.Inflater(),
                BLOCK);
    }

    /** The deflated bytes, appended block by block. */
    private final class Blocks extends OutputStream {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == BLOCK) {
                    blocks.add(new byte[BLOCK]);
                    used = 0;
                }
                int n = Math.min(len, BLOCK - used);
                System.arraycopy(b, off, blocks.get(blocks.size() - 1), used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            // The blocks stay to be read.
        }
    }
}
