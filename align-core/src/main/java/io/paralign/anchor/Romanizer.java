package io.paralign.anchor;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * A word in Latin letters, as ICU's {@code Any-Latin; Latin-ASCII} writes it, up to what {@link Skeleton} keeps
 * (ASCII letters and digits). Words in ASCII, in accented Latin and in the basic Arabic alphabet, nearly every word
 * a name anchor sees, are romanized here from a table: ICU builds its transliterators on first use, which costs a
 * third of a second, more than aligning an article pair. Any other word goes to ICU, made on the first such word.
 * The table gives, letter by letter, what ICU 79's {@code Arabic-Latin; Latin-ASCII} gives as far as the skeleton sees
 * it ({@code ء} and {@code ع}, which ICU writes {@code ʾ} and {@code ʿ}, as nothing); a test checks it against ICU.
 */
final class Romanizer {
    private static final char FIRST_ARABIC = '\u0621';
    /** ICU's Latin-ASCII romanization of U+0621 to U+064A, by code point; null where ICU is asked instead. */
    private static final String[] ARABIC = {
        "", "a", "a", "w", "a", "y", "a", "b", "t", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s",
        "d", "t", "z", "", "gh", null, null, null, null, null, null, "f", "q", "k", "l", "m", "n", "h", "w", "y", "y"};

    private Romanizer() {
    }

    /** The word in ASCII, or what ICU makes of it where the table does not reach. */
    static String romanize(String word) {
        String fast = fast(word);
        return fast != null ? fast : Icu.INSTANCE.transliterate(word);
    }

    /** ASCII, accented Latin and basic Arabic letters from the table; null if the word holds anything else. */
    static String fast(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c >= FIRST_ARABIC && c < FIRST_ARABIC + ARABIC.length) {
                String latin = ARABIC[c - FIRST_ARABIC];
                if (latin == null) {
                    return null;
                }
                out.append(latin);
            } else if (!appendLatin(c, out)) {
                return null;
            }
        }
        return out.toString();
    }

    /** An accented Latin letter as its base letter (canonical decomposition, marks dropped); false otherwise. */
    private static boolean appendLatin(char c, StringBuilder out) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
            return false;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (base >= 0x80) {
            return false;
        }
        for (int k = 1; k < decomposed.length(); k++) {
            if (Character.getType(decomposed.charAt(k)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        out.append(base);
        return true;
    }

    /** ICU's transliterator, made on first use. */
    private static final class Icu {
        /** Shared: ICU transliterators are stateless, "threads may share transliterators without synchronizing them". */
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }
}
