package io.paralign.profile;

import io.paralign.model.LanguageTags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The registry of language profiles, found by a BCP 47 tag's primary subtag ({@link LanguageTags#primary}, the one
 * place a tag is cut): {@code fr-CA} finds French, {@code zh-Hant} Chinese, and a tag of no registered language the
 * fallback. Adding a language is one profile class and a line here.
 *
 * <p>Parts that apply to a text whatever language it was declared in (name stop words, number words, boilerplate)
 * are pooled over {@link #everyProfile()}, in its order, which matters where the first match wins.
 */
public final class LanguageProfiles {
    /** Arabic and French first: boilerplate patterns are tried in this order and the first match is reported. */
    private static final List<LanguageProfile> REGISTERED = List.of(
            Arabic.PROFILE, French.PROFILE, English.PROFILE, German.PROFILE, Icelandic.PROFILE,
            FunctionWordLanguages.SPANISH, FunctionWordLanguages.ITALIAN, FunctionWordLanguages.PORTUGUESE,
            FunctionWordLanguages.DUTCH,
            ScriptLanguages.PERSIAN, ScriptLanguages.URDU, ScriptLanguages.HEBREW, ScriptLanguages.CHINESE,
            ScriptLanguages.JAPANESE, ScriptLanguages.KOREAN, ScriptLanguages.RUSSIAN, ScriptLanguages.GREEK,
            ScriptLanguages.THAI, ScriptLanguages.HINDI, ScriptLanguages.ARMENIAN, ScriptLanguages.GEORGIAN);
    private static final Map<String, LanguageProfile> BY_LANGUAGE = index(REGISTERED);
    private static final SortedSet<String> LANGUAGES =
            Collections.unmodifiableSortedSet(new TreeSet<>(BY_LANGUAGE.keySet()));
    /** Right-to-left languages with no profile: Yiddish, Pashto, Sindhi, Uyghur, Dhivehi, Central Kurdish. */
    private static final Set<String> RIGHT_TO_LEFT_WITHOUT_PROFILE = Set.of("yi", "ps", "sd", "ug", "dv", "ckb");
    private static final List<LanguageProfile> EVERY_PROFILE =
            Stream.concat(REGISTERED.stream(), Stream.of(Fallback.LEFT_TO_RIGHT)).toList();

    private LanguageProfiles() {
    }

    /** The profile of a tag's language; the fallback for a tag of no registered language, or null or blank. */
    public static LanguageProfile of(String tag) {
        String primary = tag == null ? "" : LanguageTags.primary(tag);
        LanguageProfile profile = BY_LANGUAGE.get(primary);
        if (profile != null) {
            return profile;
        }
        return RIGHT_TO_LEFT_WITHOUT_PROFILE.contains(primary) ? Fallback.RIGHT_TO_LEFT : Fallback.LEFT_TO_RIGHT;
    }

    /** True when the tag's language is written right to left ({@code ar}, {@code he-IL}, {@code ps}). */
    public static boolean isRightToLeft(String tag) {
        return of(tag).isRightToLeft();
    }

    /** The profile of a language without one ({@code und}, left to right). */
    public static LanguageProfile fallback() {
        return Fallback.LEFT_TO_RIGHT;
    }

    /** The registered profiles, Arabic and French first. */
    public static List<LanguageProfile> registered() {
        return REGISTERED;
    }

    /** The primary subtags of the registered profiles, sorted. */
    public static SortedSet<String> languages() {
        return LANGUAGES;
    }

    /** The registered profiles in their order, then the fallback, which holds the signs of every language. */
    public static List<LanguageProfile> everyProfile() {
        return EVERY_PROFILE;
    }

    private static Map<String, LanguageProfile> index(List<LanguageProfile> profiles) {
        Map<String, LanguageProfile> byLanguage = new LinkedHashMap<>();
        for (LanguageProfile profile : profiles) {
            if (byLanguage.put(profile.language(), profile) != null) {
                throw new IllegalStateException("two profiles of '" + profile.language() + "'");
            }
        }
        return Collections.unmodifiableMap(byLanguage);
    }
}
