package io.paralign.segment;

/**
 * One correction of the sentence breaks a {@link com.ibm.icu.text.BreakIterator} found in a
 * paragraph. Same type in and out, so fix-ups chain; {@link SentenceRules} composes them per language.
 */
interface BreakFixup {
    /**
     * @param paragraph the paragraph's text
     * @param breaks    sorted, distinct break offsets into {@code paragraph}, strictly inside it
     * @return the corrected breaks; the caller sorts them and drops duplicates and outer ones
     */
    int[] apply(String paragraph, int[] breaks);

    /** Index of the first non-space character at or after {@code from}, or the text length. */
    static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Chars.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
