package io.paralign.language;

import io.paralign.model.UnsupportedLanguageException;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The languages align-core has a profile for: those {@link LanguageGuesser} can tell, by function words
 * ({@link Stopwords}) or by a script it maps to one language. They include every language that has a length prior
 * ({@code score.LengthModels}), its own sentence fix-ups ({@code segment.SentenceRules}) or anchor stop words
 * ({@code anchor.StopWords}); any other language would be aligned with defaults only.
 *
 * <p>A tag is supported when it is well-formed BCP 47, its primary subtag is one of these, and it carries no
 * private-use or extension subtag: {@code fr}, {@code fr-CA}, {@code ar-EG}, {@code zh-Hant-TW} are;
 * {@code zxx}, {@code tlh}, {@code fr-x-c1}, {@code en-u-nu-arab}, {@code fr_CA} are not.
 */
public final class SupportedLanguages {
    private static final SortedSet<String> PRIMARY = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            // Latin script, told apart by their function words
            "de", "en", "es", "fr", "is", "it", "nl", "pt",
            // told by their script (Arabic script: by the letters Persian and Urdu add)
            "ar", "el", "fa", "he", "hi", "hy", "ja", "ka", "ko", "ru", "th", "ur", "zh")));

    private SupportedLanguages() {
    }

    /** The supported primary language subtags, lower case, sorted. */
    public static SortedSet<String> primaries() {
        return PRIMARY;
    }

    public static boolean isSupported(String tag) {
        try {
            primary(tag);
            return true;
        } catch (UnsupportedLanguageException e) {
            return false;
        }
    }

    /**
     * The primary subtag of a supported tag, lower case: {@code fr-CA} gives {@code fr}.
     *
     * @throws UnsupportedLanguageException saying why the tag is refused, when it is
     */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new UnsupportedLanguageException(tag, "no language tag given");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new UnsupportedLanguageException(tag, "'" + tag + "' is not a well-formed BCP 47 language tag");
        }
        if (!locale.getExtensionKeys().isEmpty()) {
            throw new UnsupportedLanguageException(tag, "'" + tag
                    + "' has a private-use (-x-) or extension subtag; give the language and region only, e.g. fr-CA");
        }
        String primary = locale.getLanguage();
        if (!PRIMARY.contains(primary)) {
            throw new UnsupportedLanguageException(tag, "'" + tag + "' is not a supported language; supported: "
                    + String.join(", ", PRIMARY) + ", and their regional variants (fr-CA, ar-EG)");
        }
        return primary;
    }

    /**
     * The primary subtag of a supported tag, {@code other} for any other tag: for names that must come from a bounded
     * set (index fields, metric tags) whatever tags clients sent.
     */
    public static String primaryOr(String tag, String other) {
        return isSupported(tag) ? primary(tag) : other;
    }

    /** True when both tags are supported and name the same language (the same primary subtag): fr and fr-CA. */
    public static boolean same(String first, String second) {
        return isSupported(first) && isSupported(second) && primary(first).equals(primary(second));
    }
}
