package io.paralign.segment;

import java.util.Arrays;

/**
 * Adds a break after the ellipsis character {@code …} when spaces and a new sentence follow it, where
 * ICU does not break: {@code انتظر… ثم جاء.} In cased scripts the next sentence must start with an
 * upper-case letter (as ICU requires after {@code ...}); in Arabic any letter will do. No break is
 * added inside an open quotation, which is still going on.
 */
final class EllipsisBreaks implements BreakFixup {
    private final boolean requireUppercase;

    /** @param requireUppercase whether the next sentence must start with an upper-case letter */
    EllipsisBreaks(boolean requireUppercase) {
        this.requireUppercase = requireUppercase;
    }

    @Override
    public int[] apply(String paragraph, int[] breaks) {
        int first = paragraph.indexOf('…');
        if (first < 0) {
            return breaks;
        }
        int[] out = Arrays.copyOf(breaks, breaks.length + 4);
        int n = breaks.length;
        Quotes.Cursor quotes = new Quotes.Cursor(paragraph);
        for (int i = first; i >= 0; i = paragraph.indexOf('…', i + 1)) {
            int j = i + 1;
            while (j < paragraph.length() && Chars.isCloser(paragraph.charAt(j))) {
                j++;
            }
            int next = BreakFixup.skipSpaces(paragraph, j);
            if (next > j && next < paragraph.length() && startsSentence(paragraph.codePointAt(next))
                    && !quotes.isOpenAt(next)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private boolean startsSentence(int cp) {
        return requireUppercase ? Character.isUpperCase(cp) : Character.isLetter(cp);
    }
}
