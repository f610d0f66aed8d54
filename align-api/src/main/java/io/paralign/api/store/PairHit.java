package io.paralign.api.store;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A concordance line: an aligned pair whose {@code matchedSide} matched the query, with the other side shown.
 *
 * @param matchedSide {@code source}, {@code target}, or {@code both}
 */
@Schema(description = "An aligned pair that matched a search, with both sides")
public record PairHit(@Schema(description = "the alignment it belongs to") String alignmentId,
                      @Schema(description = "its index in the alignment's pairs") int pair,
                      @Schema(description = "the source side's language") String sourceLanguage,
                      @Schema(description = "the source side's text") String sourceText,
                      @Schema(description = "the target side's language") String targetLanguage,
                      @Schema(description = "the target side's text") String targetText,
                      @Schema(description = "the side that matched the query",
                              allowableValues = {"source", "target", "both"}) String matchedSide,
                      @Schema(description = "Lucene's relevance score; higher is a better match") float score) {
}
