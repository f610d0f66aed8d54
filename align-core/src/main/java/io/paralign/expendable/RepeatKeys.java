package io.paralign.expendable;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@linkplain #key repeat keys} of one document's sentences and paragraphs, made
 * once: the aligner reads them to treat repeats as expendable, the duplicate-block detector to flag them.
 *
 * @param sentences the key of each sentence, by sentence index
 * @param paragraphs the key of each paragraph, by paragraph index
 */
public record RepeatKeys(List<String> sentences, List<String> paragraphs) {
    /** {@link #KEY_OF}'s mark of a character the key drops. */
    private static final char DROPPED = 0;
    /** {@link #KEY_OF}'s mark of a character that lower-cases with its context: the text is keyed the long way. */
    private static final char ANY_TEXT = 0xFFFF;
    /**
     * Below U+0700, what each character adds to a key: its lower case when that is a letter or digit, else
     * {@link #DROPPED}; {@link #ANY_TEXT} when it does not {@linkplain #lowersAlone lower alone}. A table, so that
     * keying a text costs one look-up a character.
     */
    private static final char[] KEY_OF = keyTable();

    public RepeatKeys {
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
    }

    public static RepeatKeys of(Document document) {
        String text = document.text();
        char[] buffer = new char[longestParagraph(document)]; // one buffer for every key: none is longer
        List<String> sentences = new ArrayList<>(document.sentenceCount());
        for (Sentence sentence : document.sentences()) {
            String sentenceText = sentence.text();
            sentences.add(key(sentenceText, 0, sentenceText.length(), room(buffer, sentenceText.length())));
        }
        List<String> paragraphs = new ArrayList<>(document.paragraphs().size());
        for (Paragraph paragraph : document.paragraphs()) {
            paragraphs.add(key(text, paragraph.span().start(), paragraph.span().end(), buffer));
        }
        return new RepeatKeys(sentences, paragraphs);
    }

    /** What two texts must share to count as repeats: the same letters and digits, punctuation and case aside. */
    public static String key(String text) {
        return key(text, 0, text.length(), new char[text.length()]);
    }

    /** The key of {@code text[start, end)}, built in {@code buffer} (at least {@code end - start} long). */
    private static String key(String text, int start, int end, char[] buffer) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < KEY_OF.length) {
                char k = KEY_OF[c];
                if (k == ANY_TEXT) {
                    return repeatKeyOfAnyText(text.substring(start, end));
                }
                if (k != DROPPED) {
                    buffer[n++] = k;
                }
            } else if (!isGeneralPunctuation(c)) {
                return repeatKeyOfAnyText(text.substring(start, end));
            }
        }
        return new String(buffer, 0, n);
    }

    private static int longestParagraph(Document document) {
        int longest = 0;
        for (Paragraph paragraph : document.paragraphs()) {
            longest = Math.max(longest, paragraph.span().end() - paragraph.span().start());
        }
        return longest;
    }

    /** The buffer, or a larger one when a sentence's text is longer than every paragraph (never, as segmented). */
    private static char[] room(char[] buffer, int length) {
        return length <= buffer.length ? buffer : new char[length];
    }

    private static char[] keyTable() {
        char[] table = new char[0x0700];
        for (char c = 0; c < table.length; c++) {
            if (lowersAlone(c)) {
                char lower = Character.toLowerCase(c);
                table[c] = Character.isLetterOrDigit(lower) ? lower : DROPPED;
            } else {
                table[c] = ANY_TEXT;
            }
        }
        return table;
    }

    /**
     * Characters that {@link String#toLowerCase} maps one by one, whatever surrounds them: Latin, IPA and Arabic
     * (U+0130, whose lower case is two characters, and the Greek sigma, whose lower case depends on the next
     * letter, are outside).
     */
    private static boolean lowersAlone(char c) {
        return (c < 0x0370 && c != 0x0130) || (c >= 0x0600 && c <= 0x06FF);
    }

    /** U+2000-U+206F (spaces, dashes, quotes, ellipsis): no letter or digit, nothing that lower-casing changes. */
    private static boolean isGeneralPunctuation(char c) {
        return c >= 0x2000 && c <= 0x206F;
    }

    private static String repeatKeyOfAnyText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                key.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return key.toString();
    }
}
