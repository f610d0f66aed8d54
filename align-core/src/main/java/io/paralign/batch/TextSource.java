package io.paralign.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where the text of a batch document comes from each time a pass asks for it. */
@FunctionalInterface
public interface TextSource {
    /**
     * The text.
     *
     * @throws UncheckedIOException when it can no longer be read, or no longer is the text first read
     */
    String text();

    /** A reader of a file's text, as the batch's input check read it. */
    @FunctionalInterface
    interface Reader {
        String read() throws IOException;
    }

    /** A text kept in memory. */
    static TextSource kept(String text) {
        return () -> text;
    }

    /**
     * A text read again by {@code reader} at each use and checked against the one first read ({@code first}: its
     * length and hash), so that a file changed while the batch runs fails its pair instead of aligning a text the
     * input check never saw.
     */
    static TextSource reread(Path file, Reader reader, String first) {
        return reread(file, reader, first.length(), first.hashCode());
    }

    /** As {@link #reread(Path, Reader, String)}, given the first text's length and {@link String#hashCode()}. */
    static TextSource reread(Path file, Reader reader, int length, int hash) {
        return () -> {
            String text;
            try {
                text = reader.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.length() != length || text.hashCode() != hash) {
                throw new UncheckedIOException(new IOException(file + ": changed since the batch read it"));
            }
            return text;
        };
    }
}
