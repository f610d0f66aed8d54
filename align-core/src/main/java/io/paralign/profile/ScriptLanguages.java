package io.paralign.profile;

import java.util.List;
import java.util.Set;

/**
 * Languages the guesser tells by their script (or, in Arabic script, by the letters Persian and Urdu add): Persian,
 * Urdu, Hebrew, Chinese, Japanese, Korean, Russian, Greek, Thai, Hindi, Armenian, Georgian. Each states its direction,
 * its sentence fix-ups and its stemming, and has none of the rest: no name stop words, function words, number words
 * or boilerplate, and Lucene's standard analyzer.
 */
final class ScriptLanguages {
    /** ICU's breaks with the fix-ups every language gets. */
    private static final List<SentenceFixup> PLAIN =
            List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION);
    /** Arabic script: an ellipsis ends a sentence before any letter, the script having no case. */
    private static final List<SentenceFixup> ARABIC_SCRIPT =
            List.of(SentenceFixup.ELLIPSIS_BEFORE_LETTER, SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION);

    static final LanguageProfile PERSIAN = profile("fa", Direction.RIGHT_TO_LEFT, ARABIC_SCRIPT, Stemming.ARABIC_LIGHT);
    static final LanguageProfile URDU = profile("ur", Direction.RIGHT_TO_LEFT, ARABIC_SCRIPT, Stemming.ARABIC_LIGHT);
    static final LanguageProfile HEBREW = profile("he", Direction.RIGHT_TO_LEFT, PLAIN, Stemming.PREFIX);
    /** Han characters are tokens of their own. */
    static final LanguageProfile CHINESE = profile("zh", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.NONE);
    /** Han characters are tokens of their own, Kana runs are cut into dictionary words. */
    static final LanguageProfile JAPANESE = profile("ja", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.NONE);
    /** Hangul words are separated by spaces, and cut to a prefix as alphabets are. */
    static final LanguageProfile KOREAN = profile("ko", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);
    static final LanguageProfile RUSSIAN = profile("ru", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);
    static final LanguageProfile GREEK = profile("el", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);
    /** Thai is written without spaces: runs are cut into dictionary words. */
    static final LanguageProfile THAI = profile("th", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.NONE);
    static final LanguageProfile HINDI = profile("hi", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);
    static final LanguageProfile ARMENIAN = profile("hy", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);
    static final LanguageProfile GEORGIAN = profile("ka", Direction.LEFT_TO_RIGHT, PLAIN, Stemming.PREFIX);

    private ScriptLanguages() {
    }

    private static LanguageProfile profile(String language, Direction direction, List<SentenceFixup> fixups,
                                           Stemming stemming) {
        return new LanguageProfile(language, direction, fixups, stemming, Set.of(), Set.of(), List.of(), List.of(),
                false, SearchAnalyzer.STANDARD);
    }
}
