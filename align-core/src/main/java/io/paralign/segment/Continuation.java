package io.paralign.segment;

import java.util.Arrays;

/**
 * Removes a break after which the sentence visibly goes on: the next character is a lower-case
 * letter or a comma, semicolon or colon. This happens after a quoted question or exclamation:
 * {@code « Tu viens ? » a-t-il demandé.}, {@code « Il y a un requin ! », explique Chad.} ICU already
 * keeps a period followed by lower case together, not {@code ?} or {@code !}. The lower-case test
 * only works in scripts with letter case.
 */
final class Continuation implements BreakFixup {

    @Override
    public int[] apply(String paragraph, int[] breaks) {
        return Arrays.stream(breaks).filter(b -> {
            int i = BreakFixup.skipSpaces(paragraph, b);
            return i == paragraph.length() || !continues(paragraph.codePointAt(i));
        }).toArray();
    }

    private static boolean continues(int cp) {
        return Character.isLowerCase(cp) || cp == ',' || cp == ';' || cp == ':' || cp == '،' || cp == '؛';
    }
}
