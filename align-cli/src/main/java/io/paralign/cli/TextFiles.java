package io.paralign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an input text, refusing what cannot be one: a missing, empty, binary or oversized file. The file name
 * {@value #STDIN} means standard input. Reading goes through a stream and stops one byte past the limit, so a pipe,
 * {@code /dev/stdin} or {@code /dev/zero} is bounded as a regular file is (a file's reported size is only used for an
 * early, more precise refusal). Decoding is {@link TextDecoder}'s. Every refusal is a {@link FileSystemException}
 * naming the file.
 */
final class TextFiles {
    /** Default size limit: 5 MB. */
    static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** The file name that stands for standard input. */
    static final String STDIN = "-";
    /** Largest limit a byte array can hold: a larger --max-bytes is lowered to it. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private TextFiles() {
    }

    static String read(Path file, long limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("--max-bytes must be at least 1, not " + limit);
        }
        long maxBytes = Math.min(limit, MAX_ARRAY);
        boolean stdin = isStdin(file);
        String name = stdin ? "standard input" : file.toString();
        if (!stdin && Files.isDirectory(file)) {
            throw refused(name, "is a directory, not a text file");
        }
        if (!stdin && Files.isRegularFile(file) && Files.size(file) > maxBytes) {
            throw refused(name, String.format(Locale.ROOT, "%,d bytes, over the limit of %,d (--max-bytes)",
                    Files.size(file), maxBytes));
        }
        byte[] bytes = stdin ? upTo(System.in, maxBytes) : fromFile(file, maxBytes);
        if (bytes.length > maxBytes) {
            throw refused(name, String.format(Locale.ROOT, "more than %,d bytes, over the limit of %,d (--max-bytes)",
                    maxBytes, maxBytes));
        }
        if (bytes.length == 0) {
            throw refused(name, "empty file");
        }
        String text = TextDecoder.decode(name, bytes);
        if (text.isBlank()) {
            throw refused(name, "empty file (only white space)");
        }
        return text;
    }

    /** Whether {@code file} is the name {@value #STDIN} as given (a manifest's "-" is resolved to a real path). */
    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    private static byte[] fromFile(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) { // NoSuchFileException when missing
            return upTo(in, maxBytes);
        }
    }

    /** At most {@code maxBytes + 1} bytes: one more than allowed tells an oversized input. */
    private static byte[] upTo(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes((int) maxBytes + 1);
    }

    private static FileSystemException refused(String name, String reason) {
        return new FileSystemException(name, null, reason);
    }
}
