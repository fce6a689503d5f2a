package dev.editions.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A spool gives back exactly the bytes written, below its raw limit and past it (deflated). */
class SpoolTest {
    private static byte[] written(int size) {
        byte[] bytes = new byte[size];
        Random random = new Random(7);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ("<w:p><w:r><w:t>".charAt(i % 15) + (random.nextInt(50) == 0 ? 1 : 0));
        }
        return bytes;
    }

    private static byte[] roundTrip(byte[] bytes) throws IOException {
        Spool spool = new Spool();
        try (OutputStream in = spool.input()) {
            in.write(bytes, 0, 10);
            in.write(bytes[10]);
            for (int at = 11; at < bytes.length; at += 100_003) {
                in.write(bytes, at, Math.min(100_003, bytes.length - at));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream back = spool.read()) {
            back.transferTo(out);
        }
        return out.toByteArray();
    }

    @Test
    void aSmallPartComesBackAsWritten() throws IOException {
        byte[] bytes = written(1_000_000);
        assertArrayEquals(bytes, roundTrip(bytes));
    }

    @Test
    void aPartPastTheRawLimitComesBackAsWritten() throws IOException {
        byte[] bytes = written(Spool.RAW_LIMIT + 5_000_017);
        assertArrayEquals(bytes, roundTrip(bytes));
    }
}
