package io.paralign.align;

import io.paralign.cancel.Cancellation;
import io.paralign.score.CostModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Minimum-cost monotone bead path inside a {@link Band} (Gale &amp; Church 1993's recurrence over a restricted set
 * of cells). Memory is one float and one byte per cell of the band.
 */
final class BandedDynamicProgramme {
    private BandedDynamicProgramme() {
    }

    static List<Step> run(CostModel model, List<Shape> shapes, Band band) {
        int n = model.sourceSize();
        float[][] dist = new float[n + 1][];
        byte[][] back = new byte[n + 1][];
        float[] skipCandidates = new float[shapes.size()];
        for (int i = 0; i <= n; i++) {
            Cancellation.check("dynamic programme");
            int width = band.hi(i) - band.lo(i) + 1;
            dist[i] = new float[width];
            back[i] = new byte[width];
            for (int jj = 0; jj < width; jj++) {
                if (i == 0 && jj + band.lo(i) == 0) {
                    back[i][jj] = -1;
                } else {
                    fill(model, shapes, band, dist, back, i, jj, skipCandidates);
                }
            }
        }
        return trace(model, shapes, band, back);
    }

    /**
     * The cheapest way into cell {@code (i, lo(i) + jj)}: its distance and the shape of its last bead. Skips are
     * costed first (cheap): their best bounds the search, so a match whose lower bound exceeds it is not costed.
     * Shapes are still compared in their own order, so ties resolve as they would without the bound.
     */
    private static void fill(CostModel model, List<Shape> shapes, Band band, float[][] dist, byte[][] back, int i,
                             int jj, float[] skipCandidates) {
        int j = band.lo(i) + jj;
        float skipBound = Float.POSITIVE_INFINITY;
        for (int s = 0; s < shapes.size(); s++) {
            Shape shape = shapes.get(s);
            if (shape.isSkip()) {
                skipCandidates[s] = candidate(model, shape, i, j, band, dist);
                skipBound = Math.min(skipBound, skipCandidates[s]);
            }
        }
        float best = Float.POSITIVE_INFINITY;
        byte bestShape = -1;
        for (int s = 0; s < shapes.size(); s++) {
            Shape shape = shapes.get(s);
            float candidate;
            if (shape.isSkip()) {
                candidate = skipCandidates[s];
            } else {
                float previous = previous(shape, i, j, band, dist);
                int pi = i - shape.source();
                int pj = j - shape.target();
                if (previous == Float.POSITIVE_INFINITY) {
                    continue;
                }
                float bound = previous + (float) model.lowerBound(pi, shape.source(), pj, shape.target());
                if (bound > Math.min(best, skipBound)) {
                    continue;
                }
                candidate = previous + (float) model.cost(pi, shape.source(), pj, shape.target());
            }
            if (candidate < best) {
                best = candidate;
                bestShape = (byte) s;
            }
        }
        dist[i][jj] = best;
        back[i][jj] = bestShape;
    }

    /** Distance to the cell a bead of this shape starts from, infinite when outside the band or unreachable. */
    private static float previous(Shape shape, int i, int j, Band band, float[][] dist) {
        int pi = i - shape.source();
        int pj = j - shape.target();
        if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
            return Float.POSITIVE_INFINITY;
        }
        return dist[pi][pj - band.lo(pi)];
    }

    private static float candidate(CostModel model, Shape shape, int i, int j, Band band, float[][] dist) {
        float previous = previous(shape, i, j, band, dist);
        if (previous == Float.POSITIVE_INFINITY) {
            return Float.POSITIVE_INFINITY;
        }
        return previous + (float) model.cost(i - shape.source(), shape.source(), j - shape.target(), shape.target());
    }

    private static List<Step> trace(CostModel model, List<Shape> shapes, Band band, byte[][] back) {
        List<Step> steps = new ArrayList<>();
        int i = model.sourceSize();
        int j = model.targetSize();
        while (i > 0 || j > 0) {
            byte s = back[i][j - band.lo(i)];
            if (s < 0) {
                throw new IllegalStateException("no path through the band at (" + i + ", " + j + ")");
            }
            Shape shape = shapes.get(s);
            int pi = i - shape.source();
            int pj = j - shape.target();
            steps.add(new Step(pi, shape.source(), pj, shape.target(), model.cost(pi, shape.source(), pj, shape.target())));
            i = pi;
            j = pj;
        }
        Collections.reverse(steps);
        return steps;
    }
}
