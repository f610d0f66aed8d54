package io.paralign.score;

/**
 * Gale &amp; Church (1993) length cost: target length is modelled as normal with mean {@code ratio * sourceLength}
 * and variance {@code variance * m}, where {@code m = (sourceLength + targetLength / ratio) / 2} is the mean of the
 * two lengths in source characters (at least 1), as in the program the paper lists; so {@code delta = (targetLength -
 * ratio * sourceLength) / sqrt(variance * m)}, and the cost of a pair is {@code -ln P(|delta| >= observed)}, the
 * two-tailed probability of so large a deviation.
 *
 * @param ratio    expected target characters per source character
 * @param variance variance of the deviation per source character
 */
public record LengthModel(double ratio, double variance) {
    /** Gale &amp; Church's variance per character for European languages. */
    public static final double GALE_CHURCH_VARIANCE = 6.8;
    private static final double MAX_COST = 40.0;
    /** Beyond this deviation the tail cost is taken from its asymptotic form. */
    private static final double TAIL_START = 8;
    /** {@code ln 8 + ln sqrt(2 pi) - ln 2}: the asymptotic tail cost less {@code z^2 / 2} at its start. */
    private static final double TAIL_CONSTANT = Math.log(TAIL_START) + 0.5 * Math.log(2 * Math.PI) - Math.log(2);
    private static final int STEPS_PER_UNIT = 64;
    /** {@code twoTailCost(k / STEPS_PER_UNIT)} less a rounding margin, for k up to the start of the tail. */
    private static final double[] COST_FLOOR = new double[(int) (TAIL_START * STEPS_PER_UNIT) + 1];

    static {
        for (int k = 0; k < COST_FLOOR.length; k++) {
            COST_FLOOR[k] = twoTailCost((double) k / STEPS_PER_UNIT) - 1e-9;
        }
    }

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

    /**
     * A value no greater than {@link #cost}, without its logarithm and exponential: the cost grows with the
     * deviation, so the cost at the grid point below the deviation (1/64 apart, from a table) bounds it; in the
     * asymptotic tail {@code ln z} is bounded by {@code ln 8}.
     */
    public double costLowerBound(int sourceLength, int targetLength) {
        double z = Math.abs(delta(sourceLength, targetLength));
        if (z > TAIL_START) {
            return Math.min(MAX_COST, z * z / 2 + TAIL_CONSTANT - 1e-9);
        }
        return Math.min(MAX_COST, COST_FLOOR[(int) (z * STEPS_PER_UNIT)]);
    }

    /** Agreement of two lengths in [0, 1]: the two-tailed probability of a deviation at least as large. */
    public double agreement(int sourceLength, int targetLength) {
        return Math.exp(-cost(sourceLength, targetLength));
    }

    static double twoTailCost(double z) {
        if (z > TAIL_START) {
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
