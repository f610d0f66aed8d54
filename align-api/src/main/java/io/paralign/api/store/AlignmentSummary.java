package io.paralign.api.store;

/** One line of the alignment list. */
public record AlignmentSummary(String id, long createdAt, String sourceLanguage, String targetLanguage,
                               int pairCount, int flagCount) {
}
