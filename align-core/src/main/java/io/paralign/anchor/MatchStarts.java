package io.paralign.anchor;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for patterns whose matches can only start at a few recognisable characters: the pattern
 * is tried only there ({@code lookingAt} on a region with transparent bounds, so look-behinds and {@code \b} still
 * see the text before). Same matches as {@code find}, without running the pattern's first steps at every position.
 * The starts are one of a fixed set of {@linkplain Start kinds}, each scanned by a loop of its own: a test called
 * through an interface for every character cost more than the patterns themselves.
 */
final class MatchStarts {
    /** Where a match may start (a necessary condition). */
    enum Start {
        /** At an ASCII digit. */
        ASCII_DIGIT,
        /** At a Roman numeral letter ({@code I V X L C}) that may start a word ({@link #mayStartWord}). */
        ROMAN_NUMERAL,
        /** At an upper-case or title-case letter. */
        UPPER_OR_TITLE
    }

    private final Matcher matcher;
    private final String text;
    private final int length;
    private final Start start;
    private int from;

    MatchStarts(Matcher matcher, String text, Start start) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.length = text.length();
        this.start = start;
    }

    /**
     * False when a letter, digit or {@code _} comes just before {@code i}: then no {@code \b} can come before a
     * word character at {@code i} (what {@code java.util.regex} takes as a word character). A necessary condition
     * only: a combining mark or a surrogate before {@code i} is left for the pattern to judge.
     */
    static boolean mayStartWord(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before != '_' && !Character.isLetterOrDigit(before);
    }

    /** Finds the next match, like {@code find}; the matcher then holds it. */
    boolean find() {
        for (int i = next(from); i < length; i = next(i + 1)) {
            if (matcher.region(i, length).lookingAt()) {
                from = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        from = length;
        return false;
    }

    /** The first index from {@code i} where a match may start, or the length. */
    private int next(int i) {
        return switch (start) {
            case ASCII_DIGIT -> nextAsciiDigit(i);
            case ROMAN_NUMERAL -> nextRomanNumeral(i);
            case UPPER_OR_TITLE -> nextUpperOrTitle(i);
        };
    }

    private int nextAsciiDigit(int i) {
        int k = i;
        while (k < length) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                return k;
            }
            k++;
        }
        return length;
    }

    private int nextRomanNumeral(int i) {
        int k = i;
        while (k < length) {
            char c = text.charAt(k);
            if ((c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C') && mayStartWord(text, k)) {
                return k;
            }
            k++;
        }
        return length;
    }

    private int nextUpperOrTitle(int i) {
        int k = i;
        while (k < length) {
            char c = text.charAt(k);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    return k;
                }
            } else if (isUpperOrTitle(text.codePointAt(k))) {
                return k;
            }
            k++;
        }
        return length;
    }

    private static boolean isUpperOrTitle(int cp) {
        int type = Character.getType(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.TITLECASE_LETTER;
    }
}
