package io.paralign.segment;

import io.paralign.model.Span;

/**
 * Decides whether a paragraph is a heading: a title or section label that is not a sentence.
 *
 * <p>A paragraph is a heading when it
 * <ul>
 *   <li>is a single line (no line break inside);</li>
 *   <li>does not end with final punctuation ({@code . ! ? ؟ … : ; ؛ , ، ۔}), looked for before any
 *       trailing closing quotes or brackets: {@code … de « passer pour des marionnettes »} may be a
 *       heading, {@code « Oui. »} may not. A line ending with {@code :} introduces what follows and
 *       is not a heading;</li>
 *   <li>is short: at most {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters, or, for the
 *       first paragraph of the document (a news title), at most {@value #MAX_TITLE_WORDS} words and
 *       {@value #MAX_TITLE_CHARS} characters.</li>
 * </ul>
 * Callers apply it only to paragraphs of a single sentence: {@code Il vient. Et toi} is no heading.
 */
final class HeadingRule {
    static final int MAX_WORDS = 12;
    static final int MAX_CHARS = 100;
    static final int MAX_TITLE_WORDS = 20;
    static final int MAX_TITLE_CHARS = 160;

    /**
     * @param text      the document text
     * @param paragraph the paragraph's span, already trimmed
     * @param first     whether it is the document's first paragraph
     */
    boolean isHeading(String text, Span paragraph, boolean first) {
        int maxChars = first ? MAX_TITLE_CHARS : MAX_CHARS;
        int maxWords = first ? MAX_TITLE_WORDS : MAX_WORDS;
        if (paragraph.length() == 0 || paragraph.length() > maxChars) {
            return false;
        }
        String s = text.substring(paragraph.start(), paragraph.end());
        return s.chars().noneMatch(c -> Chars.isLineBreak((char) c))
                && !Chars.endsWithFinalPunctuation(s, 0, s.length())
                && Chars.hasLetter(s)
                && words(s) <= maxWords;
    }

    /** Whitespace-separated tokens holding a letter or digit: French spaced {@code « » :} are no words. */
    static int words(String s) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
