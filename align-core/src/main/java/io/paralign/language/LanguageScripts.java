package io.paralign.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The scripts each supported language is written in, and the one language some scripts stand for. */
final class LanguageScripts {
    private static final Set<UnicodeScript> LATIN = EnumSet.of(UnicodeScript.LATIN);
    private static final Set<UnicodeScript> ARABIC = EnumSet.of(UnicodeScript.ARABIC);
    private static final Map<String, Set<UnicodeScript>> OF = Map.ofEntries(
            Map.entry("ar", ARABIC), Map.entry("fa", ARABIC), Map.entry("ur", ARABIC),
            Map.entry("zh", EnumSet.of(UnicodeScript.HAN)),
            Map.entry("ja", EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)),
            Map.entry("ko", EnumSet.of(UnicodeScript.HANGUL, UnicodeScript.HAN)),
            Map.entry("ru", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("el", EnumSet.of(UnicodeScript.GREEK)),
            Map.entry("he", EnumSet.of(UnicodeScript.HEBREW)),
            Map.entry("th", EnumSet.of(UnicodeScript.THAI)),
            Map.entry("hi", EnumSet.of(UnicodeScript.DEVANAGARI)),
            Map.entry("hy", EnumSet.of(UnicodeScript.ARMENIAN)),
            Map.entry("ka", EnumSet.of(UnicodeScript.GEORGIAN)));

    private LanguageScripts() {
    }

    /** The scripts of a supported primary subtag; Latin for the languages told by function words. */
    static Set<UnicodeScript> of(String primary) {
        return OF.getOrDefault(primary, LATIN);
    }

    /** The language a script stands for, or null (Latin, Arabic: decided by words or letters; unmapped scripts). */
    static String single(UnicodeScript script) {
        return switch (script) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> null;
        };
    }
}
