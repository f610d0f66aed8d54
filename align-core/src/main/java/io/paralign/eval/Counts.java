package io.paralign.eval;

/**
 * The raw counts behind an {@link AlignmentEvaluation}. Counts of several documents are summed
 * before scores are computed (micro-average), as {@code score.py} does with several files.
 */
record Counts(int documents,
        int testBeads, int strictPrecisionHits, int laxPrecisionHits,
        int goldLinks, int strictRecallHits, int laxRecallHits,
        int goldBeads,
        int testUnmatched, int goldUnmatched, int unmatchedHits) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(documents + o.documents,
                testBeads + o.testBeads, strictPrecisionHits + o.strictPrecisionHits,
                laxPrecisionHits + o.laxPrecisionHits,
                goldLinks + o.goldLinks, strictRecallHits + o.strictRecallHits,
                laxRecallHits + o.laxRecallHits,
                goldBeads + o.goldBeads,
                testUnmatched + o.testUnmatched, goldUnmatched + o.goldUnmatched,
                unmatchedHits + o.unmatchedHits);
    }

    AlignmentEvaluation evaluation() {
        return new AlignmentEvaluation(
                PrfScore.fromCounts(strictPrecisionHits, testBeads, strictRecallHits, goldLinks),
                PrfScore.fromCounts(laxPrecisionHits, testBeads, laxRecallHits, goldLinks),
                PrfScore.fromCounts(unmatchedHits, testUnmatched, unmatchedHits, goldUnmatched),
                documents, goldBeads, testBeads, goldUnmatched, testUnmatched);
    }
}
