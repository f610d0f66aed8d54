package io.paralign.api.store;

/**
 * A concordance line: an aligned pair whose {@code matchedSide} matched the query, with the other side shown.
 *
 * @param matchedSide {@code source}, {@code target}, or {@code both}
 */
public record PairHit(String alignmentId, int pair, String sourceLanguage, String sourceText, String targetLanguage,
                      String targetText, String matchedSide, float score) {
}
