package io.paralign.pipeline;

/**
 * The caps that keep one alignment's time and output linear in its input, whatever the input's shape (a sentence
 * of 64,000 numbers, 30,000 one-word lines). Each is far above what a real document reaches (the largest seen in
 * the evaluation sets, Text+Berg and articles-ar-fr-dev, is given), so ordinary results never depend on them;
 * when one is hit the result carries a {@link Warning} with the code given here.
 */
final class Limits {
    /**
     * Anchors of one sentence kept, in text order ({@code ANCHORS_CAPPED}). Beyond it a sentence's anchors take no
     * part in scoring, anchor pairing or the anchor detector, whose work grows with the product of two aligned
     * sentences' anchors. Largest seen: 48.
     */
    static final int ANCHORS_PER_SENTENCE = 256;

    /**
     * Target names and Latin tokens sharing a first letter that one source name or Latin token is compared with when
     * the two texts' anchors are linked ({@code LINK_CANDIDATES_CAPPED}); equal keys always match. Largest block
     * seen: 180 types.
     */
    static final int LINK_CANDIDATES = 2_000;

    /**
     * Distinct stems a sentence of a confident pair may hold for the pair to teach word pairs
     * ({@code LEARNING_PAIRS_SKIPPED}): counting co-occurrences costs the product of the two sentences' stems.
     * Stems are counted with repeats. Largest sentence seen: 95 stems.
     */
    static final int LEARNING_STEMS = 256;

    /** Matched anchors listed in one bead ({@code BEAD_ANCHORS_CAPPED}), the first in source order. Most seen: 23. */
    static final int ANCHORS_PER_BEAD = 50;

    /** Characters of a flag's evidence kept ({@code EVIDENCE_TRUNCATED}); the cut is said. Longest seen: 157. */
    static final int EVIDENCE_LENGTH = 500;

    private Limits() {
    }
}
