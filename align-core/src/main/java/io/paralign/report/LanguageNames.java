package io.paralign.report;

import com.ibm.icu.util.ULocale;
import io.paralign.cache.BoundedCache;

/**
 * A language's name in English, the language of the pages the report layer writes ({@code lang="en"}): "Arabic"
 * for {@code ar}, "French" for {@code fr}, from ICU's display names (CLDR). A tag ICU has no name for stays as it
 * is. Names are kept once found: every report of a batch names the same few languages, and ICU's look-up of a
 * display name goes through its resource bundles each time.
 */
public final class LanguageNames {
    /** Tags come from input: the kept names are bounded. */
    private static final BoundedCache<String, String> NAMES = new BoundedCache<>(256, LanguageNames::lookUp);

    private LanguageNames() {
    }

    /** @param tag a BCP 47 language tag ({@code ar}, {@code pt-BR}) */
    public static String english(String tag) {
        return NAMES.get(tag);
    }

    private static String lookUp(String tag) {
        String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
