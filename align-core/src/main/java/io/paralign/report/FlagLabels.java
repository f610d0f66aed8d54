package io.paralign.report;

/**
 * The label the HTML report gives a flag type, for other pages that list flags (the CLI's batch summary): "Missing
 * in Arabic" for {@code MISSING_IN_SOURCE} when the source is Arabic and the target French... ({@link FlagLook}).
 */
public final class FlagLabels {
    private FlagLabels() {
    }

    /**
     * @param type           a flag type code; an unknown one is "Other finding"
     * @param sourceLanguage the source's language tag
     * @param targetLanguage the target's language tag
     */
    public static String label(String type, String sourceLanguage, String targetLanguage) {
        return FlagLook.of(type).label(SideNames.of(sourceLanguage, targetLanguage));
    }
}
