package io.paralign.segment;

/**
 * Moves closing quotes and brackets that ICU put at the start of the next sentence back to the
 * sentence they close. With French spacing ICU splits {@code « Je ne sais pas. » Puis} before the
 * {@code »}; the break moves after it. Straight quotes and {@code ’} count as closing only when no
 * letter or digit follows them (otherwise they open the next sentence or are an apostrophe).
 */
final class ClosingPunctuation implements BreakFixup {

    @Override
    public int[] apply(String paragraph, int[] breaks) {
        int[] moved = breaks.clone();
        for (int k = 0; k < moved.length; k++) {
            int i = BreakFixup.skipSpaces(paragraph, moved[k]);
            int end = i;
            while (end < paragraph.length() && closes(paragraph, end)) {
                end++;
            }
            if (end > i) {
                moved[k] = BreakFixup.skipSpaces(paragraph, end);
            }
        }
        return moved;
    }

    private static boolean closes(String s, int i) {
        char c = s.charAt(i);
        if (!Chars.isCloser(c)) {
            return false;
        }
        if (c == '"' || c == '\'' || c == '’') {
            return i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
        }
        return true;
    }
}
