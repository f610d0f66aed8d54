package io.paralign.segment;

import com.ibm.icu.util.ULocale;
import io.paralign.cache.BoundedCache;
import io.paralign.model.InvalidTextException;
import io.paralign.model.UnsupportedLanguageException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks the arguments every segmenter receives. */
final class SegmenterArguments {
    private static final int QUOTED = 40;
    /** Tags already checked: ICU looks up the language's English name to check one. */
    private static final BoundedCache<String, ULocale> KNOWN_LANGUAGES =
            new BoundedCache<>(1_000, SegmenterArguments::parseLanguage);

    private SegmenterArguments() {
    }

    /** @throws InvalidTextException if the text is null, blank, or holds no letter */
    static void checkText(String text) {
        if (text == null) {
            throw new InvalidTextException("text is null");
        }
        if (Chars.isBlank(text, 0, text.length())) {
            throw new InvalidTextException("text is empty (" + text.length() + " whitespace characters)");
        }
        if (!Chars.hasLetter(text)) {
            String head = text.strip();
            head = head.length() > QUOTED ? head.substring(0, QUOTED) + "…" : head;
            throw new InvalidTextException("text has no letter: '" + head + "'");
        }
    }

    /**
     * @return the language as an ICU locale
     * @throws UnsupportedLanguageException if the tag is not well-formed BCP 47 or names no language
     *                                      ICU knows
     */
    static ULocale checkLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new UnsupportedLanguageException(String.valueOf(tag));
        }
        return KNOWN_LANGUAGES.get(tag);
    }

    private static ULocale parseLanguage(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new UnsupportedLanguageException(tag);
        }
        ULocale language = ULocale.forLocale(locale);
        String code = language.getLanguage();
        // ICU has an English name for every language it knows; for an unknown code it echoes the code.
        if (code.isEmpty() || code.equals(language.getDisplayLanguage(ULocale.ENGLISH))) {
            throw new UnsupportedLanguageException(tag);
        }
        return language;
    }
}
