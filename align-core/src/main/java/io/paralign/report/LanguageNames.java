package io.paralign.report;

import com.ibm.icu.util.ULocale;

/**
 * A language's name in English, the language of the pages the report layer writes ({@code lang="en"}): "Arabic"
 * for {@code ar}, "French" for {@code fr}, from ICU's display names (CLDR). A tag ICU has no name for stays as it
 * is.
 */
public final class LanguageNames {
    private LanguageNames() {
    }

    /** @param tag a BCP 47 language tag ({@code ar}, {@code pt-BR}) */
    public static String english(String tag) {
        String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
