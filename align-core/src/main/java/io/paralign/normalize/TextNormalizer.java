package io.paralign.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * The standard comparison form of a text, for every language of the project.
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>typographic quotes unified first, because NFKC would turn {@code ″} into two primes:
 *       {@code « » “ ” „ ‟ ″} become {@code "}, {@code ‘ ’ ‚ ‛ ′} become {@code '};</li>
 *   <li>NFKC with case folding ({@code NFKC_Casefold}, which also drops default-ignorable characters
 *       such as ZWJ and soft hyphens, and folds Arabic presentation forms);</li>
 *   <li>Arabic harakat and other Arabic-script combining marks, and tatweel (U+0640), removed.
 *       Only marks used by the Arabic script are removed, so Latin accents ({@code é}) survive:
 *       see {@link AccentFolder} for a fuzzier form;</li>
 *   <li>Arabic letter variants, as in Lucene's {@code ArabicNormalizer}: {@code أ إ آ ٱ → ا},
 *       {@code ى → ي}, {@code ة → ه}, {@code ؤ → و}, {@code ئ → ي};</li>
 *   <li>every decimal digit ({@code ٠-٩}, {@code ۰-۹}, and other {@code Nd} digits) to ASCII, via
 *       {@link UCharacter#digit(int, int)};</li>
 *   <li>Arabic punctuation to ASCII: {@code ، ؛ ؟ ٪ ٫ ٬} become {@code , ; ? % . ,}.</li>
 * </ol>
 * The steps are repeated until nothing changes (removing a mark can let NFKC compose what was around it),
 * which makes {@link #normalize(String)} idempotent.
 *
 * <p>Thread-safe: ICU's {@link Normalizer2} instances and frozen {@link UnicodeSet}s are immutable.
 */
public final class TextNormalizer implements Normalizer {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    /** Combining marks whose script extensions include Arabic (harakat, shadda, superscript alef, Quranic marks). */
    private static final UnicodeSet ARABIC_MARKS = new UnicodeSet("[[:Mn:]&[:scx=Arab:]]").freeze();
    private static final char TATWEEL = '\u0640';
    private static final int MAX_PASSES = 4;
    /**
     * Characters below this (Latin, Greek, Cyrillic, Arabic, Indic digits, general punctuation up to the primes) are
     * mapped through {@link #MAPPED}, made once from the rules below; others are looked up one by one.
     */
    private static final int TABLE_SIZE = 0x2040;
    /** Marks a character that {@link #mapChars} removes; U+FFFF is a noncharacter, never a replacement. */
    private static final char REMOVED = '\uFFFF';
    private static final char[] MAPPED = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            int m = mapped(c);
            MAPPED[c] = m < 0 ? REMOVED : (char) m;
        }
    }

    private static final TextNormalizer STANDARD = new TextNormalizer();

    private TextNormalizer() {
    }

    /** The shared, stateless instance. */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    @Override
    public String normalize(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String mapped = mapChars(current);
            // ICU's quick check answers most texts already in NFKC_Casefold without copying them
            boolean inForm = NFKC_CF.spanQuickCheckYes(mapped) == mapped.length();
            String folded = inForm ? mapped : NFKC_CF.normalize(mapped);
            String next = mapChars(folded);
            if (inForm && next == folded) {
                return next; // stable: nothing left to map, and in NFKC_Casefold
            }
            if (next.equals(current) || isStable(next)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    /** True when another pass would change nothing: no character to map and already NFKC_Casefold. */
    private static boolean isStable(String s) {
        return unmappedPrefix(s) == s.length() && NFKC_CF.isNormalized(s);
    }

    /** Length of the prefix that {@link #mapChars} leaves as it is. */
    private static int unmappedPrefix(String s) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < TABLE_SIZE) {
                if (MAPPED[c] != c) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (changes(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return s.length();
    }

    /** Whether {@link #mapChars} changes the character. */
    private static boolean changes(int cp) {
        return cp == TATWEEL || ARABIC_MARKS.contains(cp) || map(cp) != cp
                || UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER;
    }

    /** What {@link #mapChars} makes of a code point: itself, its replacement, or -1 when it removes it. */
    private static int mapped(int cp) {
        if (!changes(cp)) {
            return cp;
        }
        if (cp == TATWEEL || ARABIC_MARKS.contains(cp)) {
            return -1;
        }
        int digit = UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp, 10) : -1;
        return digit >= 0 ? '0' + digit : map(cp);
    }

    private static String mapChars(String s) {
        int unchanged = unmappedPrefix(s);
        if (unchanged == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, unchanged);
        for (int i = unchanged; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < TABLE_SIZE) {
                char m = MAPPED[c];
                if (m != REMOVED) {
                    out.append(m);
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int m = mapped(cp);
            if (m >= 0) {
                out.appendCodePoint(m);
            }
        }
        return out.toString();
    }

    private static int map(int cp) {
        return switch (cp) {
            case '«', '»', '“', '”', '„', '‟', '″' -> '"';
            case '‘', '’', '‚', '‛', '′' -> '\'';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ئ' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case '،' -> ',';
            case '؛' -> ';';
            case '؟' -> '?';
            case '٪' -> '%';
            case '٫' -> '.';
            case '٬' -> ',';
            default -> cp;
        };
    }
}
