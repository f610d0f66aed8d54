package io.paralign.score;


/**
 * Bead cost from length, lexical and anchor evidence: {@code prior(shape) + w_len * GaleChurch(lengths)
 * - w_lex * Dice(translated stems) - w_anc * matchedAnchorWeight + w_mis * oneSidedStrongAnchorWeight}, plus a
 * penalty for merges across paragraph breaks; a unit left unmatched costs {@code skip} (less for a heading).
 */
public final class BitextCostModel implements CostModel {
    private final Units source;
    private final Units target;
    private final boolean[] strongAnchor;
    private final CostParams params;
    private final LengthModel length;
    private final UnevenOverlap uneven;

    public BitextCostModel(Units source, Units target, boolean[] strongAnchor, CostParams params, LengthModel length) {
        this.source = source;
        this.target = target;
        this.strongAnchor = strongAnchor;
        this.params = params;
        this.length = length;
        this.uneven = new UnevenOverlap(strongAnchor);
    }

    @Override
    public int sourceSize() {
        return source.size();
    }

    @Override
    public int targetSize() {
        return target.size();
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        if (b == 0) {
            return skip(source, i, a);
        }
        if (a == 0) {
            return skip(target, j, b);
        }
        Units.Merged s = source.merge(i, a);
        Units.Merged t = target.merge(j, b);
        double cost = params.prior(a, b) + params.lengthWeight()
                * Math.min(params.lengthCap(), length.cost(s.length(), t.length()));
        cost -= params.lexicalWeight() * Evidence.dice(s.tokens(), s.tokenCount(), t.tokens(), t.tokenCount());
        Evidence.AnchorBalance anchors = anchors(s, t);
        cost -= params.anchorWeight() * anchors.matched();
        cost += params.mismatchWeight() * anchors.oneSided();
        if (source.crossesBreak(i, a) || target.crossesBreak(j, b)) {
            cost += params.breakPenalty();
        }
        return cost;
    }

    /**
     * {@link #cost} with the length cost replaced by {@link LengthModel#costLowerBound} and the lexical and anchor
     * evidence by their largest possible values: Dice by the smaller token set over the mean size, matched anchor
     * weight by half the two sides' total weight (with a margin for the float additions inside the cost),
     * mismatched weight by 0. Each step is the same floating-point operation on a value at least as favourable,
     * so the result never exceeds the cost.
     */
    @Override
    public double lowerBound(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return cost(i, a, j, b);
        }
        Units.Merged s = source.merge(i, a);
        Units.Merged t = target.merge(j, b);
        double bound = params.prior(a, b) + params.lengthWeight()
                * Math.min(params.lengthCap(), length.costLowerBound(s.length(), t.length()));
        int counts = s.tokenCount() + t.tokenCount();
        double dice = counts == 0 ? 0.0
                : Math.min(1.0, 2.0 * Math.min(s.tokens().length, t.tokens().length) / counts);
        bound -= params.lexicalWeight() * dice;
        double matched = (s.anchorWeightSum() + t.anchorWeightSum()) / 2.0 * (1 + 1e-6) + 1e-6;
        bound -= params.anchorWeight() * matched;
        if (source.crossesBreak(i, a) || target.crossesBreak(j, b)) {
            bound += params.breakPenalty();
        }
        return bound;
    }

    /** Matched and one-sided anchor weight of two runs ({@link Evidence#anchors}; see {@link UnevenOverlap}). */
    private Evidence.AnchorBalance anchors(Units.Merged s, Units.Merged t) {
        if (UnevenOverlap.applies(s.anchors().length, t.anchors().length)) {
            return uneven.anchors(s.anchors(), s.anchorWeights(), t.anchors(), t.anchorWeights());
        }
        return Evidence.anchors(s.anchors(), s.anchorWeights(), t.anchors(), t.anchorWeights(), strongAnchor);
    }

    private double skip(Units units, int i, int k) {
        double cost = 0;
        for (int u = i; u < i + k; u++) {
            cost += units.expendable[u] ? params.expendableSkip()
                    : units.heading[u] ? params.headingSkip() : params.skip();
        }
        return cost;
    }

    /** Similarity of two runs in [0, 1], for reports: mean of length agreement and lexical/anchor overlap. */
    public double similarity(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return 0.0;
        }
        Units.Merged s = source.merge(i, a);
        Units.Merged t = target.merge(j, b);
        double lengthAgreement = length.agreement(s.length(), t.length());
        double lexical = Evidence.dice(s.tokens(), s.tokenCount(), t.tokens(), t.tokenCount());
        Evidence.AnchorBalance anchors = anchors(s, t);
        double anchorShare = anchors.matched() + anchors.oneSided() == 0 ? lexical
                : anchors.matched() / (anchors.matched() + anchors.oneSided());
        return (lengthAgreement + Math.max(lexical, anchorShare)) / 2.0;
    }

    @Override
    public CostModel coarsen() {
        return new BitextCostModel(source.coarsen(), target.coarsen(), strongAnchor, params, length);
    }
}
