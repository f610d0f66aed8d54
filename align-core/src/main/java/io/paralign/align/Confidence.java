package io.paralign.align;

import io.paralign.score.CostModel;

/**
 * How sure a bead is, from the cost margin against its nearest alternative, squashed to (0, 1) by a logistic: a
 * match against leaving its sentences unmatched; an unmatched sentence against its cheapest 1-1 match with a nearby
 * sentence of the other side.
 */
public final class Confidence {
    private static final int NEIGHBOURHOOD = 2;

    private Confidence() {
    }

    public static double of(Step step, CostModel model) {
        double margin;
        if (step.sourceCount() > 0 && step.targetCount() > 0) {
            double unmatched = model.cost(step.source(), step.sourceCount(), step.target(), 0)
                    + model.cost(step.source(), 0, step.target(), step.targetCount());
            margin = unmatched - step.cost();
        } else {
            margin = bestNearbyMatch(step, model) - step.cost();
        }
        return 1.0 / (1.0 + Math.exp(-margin));
    }

    private static double bestNearbyMatch(Step step, CostModel model) {
        double best = Double.POSITIVE_INFINITY;
        boolean sourceSide = step.sourceCount() > 0;
        int other = sourceSide ? step.target() : step.source();
        int otherSize = sourceSide ? model.targetSize() : model.sourceSize();
        for (int k = Math.max(0, other - NEIGHBOURHOOD); k < Math.min(otherSize, other + NEIGHBOURHOOD); k++) {
            double cost = sourceSide ? model.cost(step.source(), 1, k, 1) : model.cost(k, 1, step.target(), 1);
            best = Math.min(best, cost);
        }
        return best == Double.POSITIVE_INFINITY ? step.cost() + 10 : best;
    }
}
