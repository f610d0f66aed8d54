package io.paralign.score;

/** Overlap measures over sorted concept-id arrays. */
final class Evidence {
    private Evidence() {
    }

    /**
     * Dice coefficient of lexical overlap: {@code 2 |S' ∩ T| / (|S| + |T|)} where {@code S'} are the target-side
     * concepts the source stems translate to.
     */
    static double dice(int[] source, int sourceCount, int[] target, int targetCount) {
        if (sourceCount + targetCount == 0) {
            return 0.0;
        }
        if (UnevenOverlap.applies(source.length, target.length)) {
            return Math.min(1.0, 2.0 * UnevenOverlap.common(source, target) / (sourceCount + targetCount));
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < source.length && j < target.length) {
            if (source[i] < target[j]) {
                i++;
            } else if (source[i] > target[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return Math.min(1.0, 2.0 * common / (sourceCount + targetCount));
    }

    /**
     * Matched and one-sided anchor weight of two sorted multisets of anchor concepts. A matched pair counts the mean
     * of its two weights; a one-sided anchor counts only when its concept is strong (a number, a Latin token).
     */
    static AnchorBalance anchors(int[] source, float[] sourceWeights, int[] target, float[] targetWeights,
                                 boolean[] strong) {
        double matched = 0;
        double oneSided = 0;
        int i = 0;
        int j = 0;
        while (i < source.length || j < target.length) {
            if (j >= target.length || (i < source.length && source[i] < target[j])) {
                oneSided += strong[source[i]] ? sourceWeights[i] : 0;
                i++;
            } else if (i >= source.length || target[j] < source[i]) {
                oneSided += strong[target[j]] ? targetWeights[j] : 0;
                j++;
            } else {
                matched += (sourceWeights[i] + targetWeights[j]) / 2.0;
                i++;
                j++;
            }
        }
        return new AnchorBalance(matched, oneSided);
    }

    record AnchorBalance(double matched, double oneSided) {
    }
}
