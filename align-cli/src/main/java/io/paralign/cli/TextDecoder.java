package io.paralign.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Bytes to text, in this order: a byte order mark (UTF-8, UTF-16 or UTF-32, either byte order) decides; else zero
 * bytes at one parity only mean UTF-16 without a mark; else UTF-8; else ICU's {@link CharsetDetector} when it is
 * confident. Binary is told from the decoded text (NUL or many control characters), so UTF-16 Arabic, whose high
 * bytes are 0x06, is not taken for control characters.
 */
final class TextDecoder {
    /** ICU confidence (0-100) needed to decode a file that is not UTF-8. */
    static final int MIN_CONFIDENCE = 50;
    /** Share of control characters above which a text is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Bytes (or characters) looked at to tell binary and byte order. */
    private static final int SAMPLE = 64 * 1024;
    /** UTF-16 without a mark has at least one ASCII character (a zero byte) in this many. */
    private static final int UTF16_ASCII_SHARE = 100;
    private static final String BINARY = "binary file, not text";

    private record Bom(byte[] bytes, Charset charset) {
    }

    // UTF-32LE before UTF-16LE: its mark starts with UTF-16LE's
    private static final Bom[] BOMS = {
        new Bom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
        new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
        new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
    };

    private TextDecoder() {
    }

    /** The text of {@code bytes}; refusals name {@code name}. */
    static String decode(String name, byte[] bytes) throws FileSystemException {
        String text = decodeAny(name, bytes);
        if (isBinary(text)) {
            throw refused(name, BINARY);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeAny(String name, byte[] bytes) throws FileSystemException {
        for (Bom bom : BOMS) {
            if (startsWith(bytes, bom.bytes())) {
                int skip = bom.bytes().length;
                return strict(bom.charset(), bytes, skip).orElseThrow(() -> refused(name,
                        "not valid " + bom.charset().name() + " despite its byte order mark"));
            }
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return strict(utf16, bytes, 0).orElseThrow(() -> refused(name, BINARY));
        }
        for (int i = 0; i < Math.min(bytes.length, SAMPLE); i++) {
            if (bytes[i] == 0) { // a NUL character in any encoding that is not UTF-16 or UTF-32
                throw refused(name, BINARY);
            }
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        return utf8.isPresent() ? utf8.get() : guess(name, bytes);
    }

    /**
     * UTF-16 without a byte order mark: ASCII characters (spaces, digits, line breaks) have a zero high byte, so zero
     * bytes gather at odd positions (little-endian) or even ones (big-endian), at least one character in
     * {@value #UTF16_ASCII_SHARE} (Chinese with a line break every 40 characters has 1 in 41). Binary data has them at
     * both; a UTF-8 text with a stray NUL byte has a single one, and is not read as UTF-16 (its letters would pair
     * into Chinese-looking characters).
     */
    private static Charset bomlessUtf16(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int needed = Math.max(2, Math.min(bytes.length, SAMPLE) / 2 / UTF16_ASCII_SHARE);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < Math.min(bytes.length, SAMPLE); i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (odd >= needed && even * 4 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= needed && odd * 4 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String guess(String name, byte[] bytes) throws FileSystemException {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())
                || match.getName().equals("UTF-8")) {
            if (isBinary(new String(bytes, 0, Math.min(bytes.length, SAMPLE), StandardCharsets.US_ASCII))) {
                throw refused(name, BINARY); // control bytes read the same in every ASCII-based encoding
            }
            throw refused(name, "not valid UTF-8, and its encoding cannot be told with confidence"
                    + (match == null ? "" : " (best guess " + match.getName() + " at " + match.getConfidence()
                            + "%, " + MIN_CONFIDENCE + "% needed)"));
        }
        return new String(bytes, Charset.forName(match.getName()));
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A NUL character, or more than 5% control characters other than tab, line breaks and form feed. */
    private static boolean isBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static FileSystemException refused(String name, String reason) {
        return new FileSystemException(name, null, reason);
    }
}
