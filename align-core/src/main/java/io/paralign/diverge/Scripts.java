package io.paralign.diverge;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/** Which script a language is written in, and whether a text is mostly in that script. */
final class Scripts {
    private static final double MOSTLY = 0.6;

    private Scripts() {
    }

    static int of(String language) {
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
        int[] codes = UScript.getCode(locale);
        return codes.length == 0 ? UScript.LATIN : codes[0];
    }

    /** True when most letters of the text belong to the language's script. */
    static boolean writtenIn(String text, String language) {
        int script = of(language);
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                int s = UScript.getScript(cp);
                if (s == script || (script == UScript.HAN && (s == UScript.HIRAGANA || s == UScript.KATAKANA))) {
                    inScript++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && inScript >= MOSTLY * letters;
    }
}
