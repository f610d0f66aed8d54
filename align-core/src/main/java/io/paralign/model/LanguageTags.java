package io.paralign.model;

import java.util.Locale;

/** Small helpers over BCP 47 language tags. */
public final class LanguageTags {
    private LanguageTags() {
    }

    /** The primary language subtag, lower case: "fr-CA" gives "fr". */
    public static String primary(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }
}
