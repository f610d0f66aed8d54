package io.paralign.api.store;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of the alignment list; {@code createdAt} is ISO-8601. */
@Schema(description = "A stored alignment, in brief")
public record AlignmentSummary(@Schema(description = "its id") String id,
                               @Schema(description = "when it was created, ISO-8601 in UTC") String createdAt,
                               @Schema(description = "the source side's language") String sourceLanguage,
                               @Schema(description = "the target side's language") String targetLanguage,
                               @Schema(description = "number of its pairs (sentence beads)") int pairCount,
                               @Schema(description = "number of its flags") int flagCount) {
}
