package io.paralign.score;

/**
 * Gale &amp; Church (1993) length cost: target length is modelled as normal with mean {@code ratio * sourceLength}
 * and variance {@code variance * sourceLength}; the cost of a pair is {@code -ln P(|delta| >= observed)}, the
 * two-tailed probability of so large a deviation.
 *
 * @param ratio    expected target characters per source character
 * @param variance variance of the deviation per source character
 */
public record LengthModel(double ratio, double variance) {
    /** Gale &amp; Church's variance per character for European languages. */
    public static final double GALE_CHURCH_VARIANCE = 6.8;
    private static final double MAX_COST = 40.0;

    public LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("length model needs positive ratio and variance, got " + ratio + ", " + variance);
        }
    }

    /** The standardised deviation of a pair of lengths. */
    public double delta(int sourceLength, int targetLength) {
        double mean = (sourceLength + targetLength / ratio) / 2.0;
        return (targetLength - ratio * sourceLength) / Math.sqrt(Math.max(1.0, mean) * variance);
    }

    /** {@code -ln(2 (1 - Phi(|delta|)))}, capped. */
    public double cost(int sourceLength, int targetLength) {
        return Math.min(MAX_COST, twoTailCost(Math.abs(delta(sourceLength, targetLength))));
    }

    /** Agreement of two lengths in [0, 1]: the two-tailed probability of a deviation at least as large. */
    public double agreement(int sourceLength, int targetLength) {
        return Math.exp(-cost(sourceLength, targetLength));
    }

    static double twoTailCost(double z) {
        if (z > 8) {
            // asymptotic tail: 2(1-Phi(z)) ~ 2 phi(z) / z
            return z * z / 2 + Math.log(z) + 0.5 * Math.log(2 * Math.PI) - Math.log(2);
        }
        return -Math.log(erfc(z / Math.sqrt(2)));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
