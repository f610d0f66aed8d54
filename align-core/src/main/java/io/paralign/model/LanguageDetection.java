package io.paralign.model;

/**
 * The language told from a text, and how sure the telling was.
 *
 * @param language   BCP 47 tag, e.g. {@code ar}
 * @param confidence 0 to 1: the share of letters in the language's script, times, for Latin-script text, the
 *                   share of the function words found that are the language's
 */
public record LanguageDetection(String language, double confidence) {
}
