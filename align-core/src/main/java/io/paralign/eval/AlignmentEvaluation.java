package io.paralign.eval;

/**
 * Scores of a test alignment against a gold alignment, over one document or pooled over several.
 *
 * @param strict        a bead counts when it equals a bead of the other alignment
 * @param lax           a bead counts when it overlaps a bead of the other alignment on both sides
 * @param unmatched     the sentences left unmatched (in 1-0 and 0-1 beads) by the test alignment,
 *                      against those left unmatched by the gold
 * @param documents     number of documents pooled
 * @param goldBeads     distinct gold beads, all kinds
 * @param testBeads     distinct test beads, all kinds
 * @param goldUnmatched sentences the gold leaves unmatched, both sides
 * @param testUnmatched sentences the test leaves unmatched, both sides
 */
public record AlignmentEvaluation(PrfScore strict, PrfScore lax, PrfScore unmatched, int documents,
        int goldBeads, int testBeads, int goldUnmatched, int testUnmatched) {
}
