package io.paralign.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Reads an input text, refusing what cannot be one: a missing, empty, binary or oversized file. Text is expected in
 * UTF-8 (a byte order mark is dropped); another encoding is decoded only when ICU's {@link CharsetDetector} is
 * confident about it, otherwise the file is refused. Every refusal is a {@link FileSystemException} naming the file.
 */
final class TextFiles {
    /** Default size limit: 5 MB. */
    static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** ICU confidence (0-100) needed to decode a file that is not UTF-8. */
    static final int MIN_CONFIDENCE = 50;
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextFiles() {
    }

    static String read(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw refused(file, "is a directory, not a text file");
        }
        long size = Files.size(file); // NoSuchFileException when missing
        if (size > maxBytes) {
            throw refused(file, String.format(Locale.ROOT, "%,d bytes, over the limit of %,d (--max-bytes)",
                    size, maxBytes));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw refused(file, "empty file");
        }
        if (isBinary(bytes)) {
            throw refused(file, "binary file, not text");
        }
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw refused(file, "empty file (only white space)");
        }
        return text;
    }

    private static String decode(Path file, byte[] bytes) throws FileSystemException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())
                    || match.getName().equals("UTF-8")) {
                throw refused(file, "not valid UTF-8, and its encoding cannot be told with confidence"
                        + (match == null ? "" : " (best guess " + match.getName() + " at " + match.getConfidence()
                                + "%, " + MIN_CONFIDENCE + "% needed)"));
            }
            return new String(bytes, Charset.forName(match.getName()));
        }
    }

    /** NUL bytes (outside UTF-16 text) or many control characters. */
    private static boolean isBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        int control = 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && !utf16) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_SHARE;
    }

    private static FileSystemException refused(Path file, String reason) {
        return new FileSystemException(file.toString(), null, reason);
    }
}
