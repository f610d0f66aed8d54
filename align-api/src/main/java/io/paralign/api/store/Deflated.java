package io.paralign.api.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Alignment bodies in the store's deflated format, read back: raw DEFLATE at its fastest level, after the body's
 * length (4 bytes). The store writes bodies as UTF-8 bytes and lets Lucene compress them; this format is only read,
 * from stores that hold it.
 */
final class Deflated {
    private Deflated() {
    }

    static byte[] inflate(byte[] stored, int offset, int length) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(stored, offset, length);
        byte[] raw = new byte[in.getInt()];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(in);
            int n = 0;
            while (n < raw.length) {
                int read = inflater.inflate(raw, n, raw.length - n);
                if (read == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("stored body cut short: " + n + " of " + raw.length + " bytes");
                }
                n += read;
            }
            return raw;
        } catch (DataFormatException e) {
            throw new IOException("stored body damaged", e);
        } finally {
            inflater.end();
        }
    }
}
