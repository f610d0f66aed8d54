package io.paralign.align;

import io.paralign.score.CostModel;

/**
 * One bead of an alignment path, in unit indices: source units {@code [source, source + sourceCount)} are aligned to
 * target units {@code [target, target + targetCount)}.
 *
 * @param cost the bead's cost as given by the {@link CostModel}
 */
public record Step(int source, int sourceCount, int target, int targetCount, double cost) {
    public Shape shape() {
        return new Shape(sourceCount, targetCount);
    }

    public int sourceEnd() {
        return source + sourceCount;
    }

    public int targetEnd() {
        return target + targetCount;
    }
}
