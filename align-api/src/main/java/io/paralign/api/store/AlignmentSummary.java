package io.paralign.api.store;

/** One line of the alignment list; {@code createdAt} is ISO-8601. */
public record AlignmentSummary(String id, String createdAt, String sourceLanguage, String targetLanguage,
                               int pairCount, int flagCount) {
}
