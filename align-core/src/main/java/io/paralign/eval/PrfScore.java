package io.paralign.eval;

/**
 * Precision, recall and their harmonic mean, each in [0, 1].
 *
 * @param precision hits among the predicted items over the predicted items
 * @param recall    hits among the reference items over the reference items
 * @param f1        harmonic mean of precision and recall, 0 when both are 0
 */
public record PrfScore(double precision, double recall, double f1) {
    public PrfScore {
        requireUnit("precision", precision);
        requireUnit("recall", recall);
        requireUnit("f1", f1);
    }

    /**
     * Scores from counts. As in Vecalign's {@code score.py}, a ratio whose denominator is 0 is 0
     * (nothing predicted gives precision 0, nothing to find gives recall 0), and F1 is 0 when
     * precision and recall are both 0.
     *
     * @param precisionHits predicted items that are correct
     * @param predicted     all predicted items
     * @param recallHits    reference items that were found
     * @param reference     all reference items
     */
    public static PrfScore fromCounts(int precisionHits, int predicted, int recallHits, int reference) {
        if (precisionHits < 0 || precisionHits > predicted || recallHits < 0 || recallHits > reference) {
            throw new IllegalArgumentException("invalid counts: " + precisionHits + "/" + predicted
                    + " predicted, " + recallHits + "/" + reference + " reference");
        }
        return of(ratio(precisionHits, predicted), ratio(recallHits, reference));
    }

    /** F1 from precision and recall. */
    public static PrfScore of(double precision, double recall) {
        double sum = precision + recall;
        return new PrfScore(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }

    private static double ratio(int hits, int total) {
        return total == 0 ? 0 : (double) hits / total;
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " " + value + " is not in [0, 1]");
        }
    }
}
