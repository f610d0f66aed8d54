package io.paralign.anchor;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.paralign.cache.BoundedCache;

/** Which script a text is written in, from its language tag, else from its letters. */
public final class Scripts {
    private static final double MOSTLY = 0.6;
    private static final int UNKNOWN = -1;
    /** Language tag → ICU script code; ICU's lookup parses the tag each time. Few distinct tags ever occur. */
    private static final BoundedCache<String, Integer> SCRIPT_OF_LANGUAGE =
            new BoundedCache<>(1_000, Scripts::scriptOf);

    private Scripts() {
    }

    /**
     * The main script of {@code language} as ICU knows it ({@code UScript.getCode(ULocale)}); for a tag ICU does
     * not know (or {@code und}, empty, null), the script of most letters of {@code text}. Japanese gives Katakana, Korean Hangul: never Latin
     * for a language that has a script of its own.
     */
    public static int mainScript(String language, String text) {
        int script = language == null ? UNKNOWN : SCRIPT_OF_LANGUAGE.get(language);
        return script == UNKNOWN ? majorityScript(text) : script;
    }

    private static int scriptOf(String language) {
        int[] codes = language.isEmpty() || language.equalsIgnoreCase("und")
                ? null : UScript.getCode(ULocale.forLanguageTag(language));
        return codes != null && codes.length > 0 ? codes[0] : UNKNOWN;
    }

    static boolean isLatin(String language, String text) {
        return mainScript(language, text) == UScript.LATIN;
    }

    /**
     * True when most letters of the text belong to the main script of the language (Latin for a tag ICU does not
     * know); Hiragana and Katakana count as Han.
     */
    public static boolean writtenIn(String text, String language) {
        int script = mainScript(language, "");
        if (script == UScript.KATAKANA || script == UScript.HIRAGANA) {
            script = UScript.HAN;
        }
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                int s = UScript.getScript(cp);
                if (s == script || (script == UScript.HAN && (s == UScript.HIRAGANA || s == UScript.KATAKANA))) {
                    inScript++;
                }
            }
        }
        return letters > 0 && inScript >= MOSTLY * letters;
    }

    /**
     * True when the text holds a letter of the Latin script; ASCII and Arabic-block characters are told apart
     * without a table lookup.
     */
    static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')
                    : !(cp >= 0x0600 && cp <= 0x06FF) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                    && Character.isLetter(cp)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a letter of the Arabic or Hebrew script (as the regex {@code [\p{IsArabic}\p{IsHebrew}&&\p{L}]});
     * the basic Arabic letters are recognised without a table lookup.
     */
    static boolean isArabicOrHebrewLetter(int cp) {
        if (isBasicArabicLetter(cp)) {
            return true;
        }
        if (cp < 0x0590) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW)
                && Character.isLetter(cp);
    }

    /** Hamza to yeh (U+0621-U+064A) without the tatweel: the basic letters of the Arabic script. */
    public static boolean isBasicArabicLetter(int cp) {
        return cp >= 0x0621 && cp <= 0x064A && cp != 0x0640;
    }

    private static int majorityScript(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int best = UScript.LATIN;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (++counts[script] > counts[best]) {
                    best = script;
                }
            }
        }
        return best;
    }
}
