package io.paralign.report;

import java.util.Locale;
import java.util.Set;

/**
 * The writing direction of a language, for {@code dir} attributes. Kept here until language profiles carry it; the
 * list is the union of the two the CLI and the service had.
 */
public final class Direction {
    /** Languages written right to left (primary subtags). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv",
            "ckb");

    private Direction() {
    }

    /** {@code rtl} for Arabic, Hebrew, Persian and the like, else {@code ltr}. */
    public static String of(String languageTag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage()) ? "rtl" : "ltr";
    }
}
