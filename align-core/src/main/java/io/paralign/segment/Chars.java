package io.paralign.segment;

/** Character classes shared by the segmentation rules. */
final class Chars {
    private Chars() {
    }

    /**
     * Whitespace for trimming: Java whitespace, Unicode space separators (no-break spaces included),
     * the byte order mark and the zero-width space. Spans never start or end on such a character.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Characters that close a quotation or a bracket; a sentence end may sit just before them. */
    static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || c == '"' || c == '\'';
    }

    /** Punctuation that ends a sentence or announces a continuation (a line ending so is not a heading). */
    static boolean isFinalPunctuation(char c) {
        return switch (c) {
            case '.', '!', '?', '؟', '…', ':', ';', '؛', ',', '،', '۔' -> true;
            default -> false;
        };
    }

    /**
     * Whether {@code s[start, end)}, once trailing spaces and closing quotes or brackets are skipped,
     * ends with {@linkplain #isFinalPunctuation final punctuation}: {@code « Oui. »} does,
     * {@code de « passer pour des marionnettes »} does not.
     */
    static boolean endsWithFinalPunctuation(CharSequence s, int start, int end) {
        int i = end - 1;
        while (i >= start && (isSpace(s.charAt(i)) || isCloser(s.charAt(i)))) {
            i--;
        }
        return i >= start && isFinalPunctuation(s.charAt(i));
    }

    /** Whether the text holds at least one letter (any script). */
    static boolean hasLetter(CharSequence s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** Whether {@code s[start, end)} holds only {@linkplain #isSpace spaces}. */
    static boolean isBlank(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
