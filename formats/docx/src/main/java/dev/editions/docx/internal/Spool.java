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
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Bytes written once and read back once, kept in blocks that are never copied as they grow: the
 * first {@link #RAW_LIMIT} bytes as they are, the rest deflated (at the fastest level), so a part of
 * hundreds of megabytes holds a fraction of that in memory until the package is written, and a
 * small one costs no compression.
 */
final class Spool {
    /** How many bytes are kept as they are before the rest is deflated. */
    static final int RAW_LIMIT = 16 << 20;
    private static final int BLOCK = 1 << 16;

    private final Blocks raw = new Blocks();
    private final Blocks deflated = new Blocks();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final DeflaterOutputStream compressing = new DeflaterOutputStream(deflated, deflater, BLOCK);
    private final OutputStream input = new Input();
    private long written;

    /** Where the bytes are written; closing it ends the writing. */
    OutputStream input() {
        return input;
    }

    /** The bytes written, once {@link #input()} is closed. */
    InputStream read() {
        deflater.end();
        InputStream rest = written > RAW_LIMIT ? new InflaterInputStream(deflated.read(), new Inflater(), BLOCK)
                : InputStream.nullInputStream();
        return new SequenceInputStream(raw.read(), rest);
    }

    /** Sends the first bytes to the raw blocks, the others through the deflater. */
    private final class Input extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int kept = (int) Math.max(0, Math.min(len, RAW_LIMIT - written));
            raw.write(b, off, kept);
            if (kept < len) {
                compressing.write(b, off + kept, len - kept);
            }
            written += len;
        }

        @Override
        public void close() throws IOException {
            compressing.finish();
        }
    }

    /** Bytes appended block by block. */
    private static final class Blocks extends OutputStream {
        private final List<byte[]> blocks = new ArrayList<>();
        private int used = BLOCK;

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

        InputStream read() {
            List<InputStream> parts = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                parts.add(new ByteArrayInputStream(blocks.get(i), 0, i == blocks.size() - 1 ? used : BLOCK));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        }
    }
}
