package io.paralign.language;

import io.paralign.model.UnsupportedLanguageException;
import io.paralign.profile.LanguageProfiles;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.SortedSet;

/**
 * The languages align-core has a profile for ({@link LanguageProfiles}): those {@link LanguageGuesser} can tell, by
 * function words or by a script it maps to one language. They include every language that has a length prior
 * ({@code score.LengthModels}); any other language would be aligned with the fallback profile only.
 *
 * <p>A tag is supported when it is well-formed BCP 47, its primary subtag is one of these, and it carries no
 * private-use or extension subtag: {@code fr}, {@code fr-CA}, {@code ar-EG}, {@code zh-Hant-TW} are;
 * {@code zxx}, {@code tlh}, {@code fr-x-c1}, {@code en-u-nu-arab}, {@code fr_CA} are not.
 */
public final class SupportedLanguages {
    private static final SortedSet<String> PRIMARY = LanguageProfiles.languages();

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
