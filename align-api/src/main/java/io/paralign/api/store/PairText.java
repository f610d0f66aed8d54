package io.paralign.api.store;

/**
 * One aligned pair as text, indexed for search.
 *
 * @param index      position of the pair in the alignment
 * @param sourceText source side (empty when the source side of the bead is empty)
 * @param targetText target side (empty when the target side of the bead is empty)
 */
public record PairText(int index, String sourceText, String targetText) {
}
