package io.paralign.api.store;

import java.util.List;

/**
 * What the store keeps of one alignment.
 *
 * @param id             alignment id
 * @param createdAt      creation time, epoch milliseconds
 * @param sourceLanguage source language tag
 * @param targetLanguage target language tag
 * @param flagCount      number of divergence flags
 * @param json           the response body exactly as computed, in UTF-8 (kept as bytes: it is stored and sent as
 *                       such, never decoded on the way)
 * @param pairs          the aligned pairs, indexed for search
 */
public record AlignmentRecord(String id, long createdAt, String sourceLanguage, String targetLanguage,
                              int flagCount, byte[] json, List<PairText> pairs) {
    public AlignmentRecord {
        pairs = List.copyOf(pairs);
    }
}
