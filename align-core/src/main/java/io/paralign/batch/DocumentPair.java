package io.paralign.batch;

/**
 * Two documents found, or declared, to be versions of one article.
 *
 * @param source   the document in the source language
 * @param target   its counterpart
 * @param score    how sure the pairing is, in [0, 1] (1 for pairs from a manifest; see {@link DocumentPairer})
 * @param pairedBy what made the pair
 */
public record DocumentPair(InputDocument source, InputDocument target, double score, PairedBy pairedBy) {
    /** A pair declared in a manifest. */
    public DocumentPair(InputDocument source, InputDocument target, double score) {
        this(source, target, score, PairedBy.MANIFEST);
    }
}
