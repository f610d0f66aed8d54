package io.paralign.batch;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.paralign.language.SupportedLanguages;

/**
 * The words that name a supported language in a file or folder name: its two- and three-letter ISO 639 codes
 * (bibliographic ones too: {@code fre}, {@code ger}), its English name and its own name ({@code arabic},
 * {@code العربية}, {@code francais}), matched without case or accents.
 */
final class LanguageWords {
    /** ISO 639-2 bibliographic codes that differ from the terminological ones Java gives. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.of("fre", "fr", "ger", "de", "dut", "nl",
            "gre", "el", "per", "fa", "chi", "zh", "arm", "hy", "geo", "ka", "ice", "is");
    private static final Map<String, String> WORDS = words();

    private LanguageWords() {
    }

    private static Map<String, String> words() {
        Map<String, String> words = new HashMap<>(BIBLIOGRAPHIC);
        for (String code : SupportedLanguages.primaries()) {
            Locale locale = Locale.forLanguageTag(code);
            for (String word : new String[] {code, locale.getISO3Language(),
                    locale.getDisplayLanguage(Locale.ENGLISH), locale.getDisplayLanguage(locale)}) {
                words.put(fold(word), code);
            }
        }
        return Map.copyOf(words);
    }

    /** The primary language subtag {@code word} names, if it names one. */
    static Optional<String> language(String word) {
        return Optional.ofNullable(WORDS.get(fold(word)));
    }

    /** Lower case, without accents: {@code Français} and {@code francais} are one word. */
    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    }
}
