package io.paralign.align;

import io.paralign.score.CostModel;

import java.util.List;

/**
 * Dynamic-programming aligner that keeps memory linear and time near-linear in document length: when the full
 * table would exceed {@code maxCells}, it aligns units merged two by two, then searches only a band of
 * {@code width} units around the projection of that coarse path. This is the recursive downsampling of Vecalign
 * (Thompson &amp; Koehn 2019), applied to Gale &amp; Church's bead recurrence.
 */
public final class RecursiveAligner implements Aligner {
    private final List<Shape> shapes;
    private final long maxCells;
    private final int width;

    /**
     * @param shapes   the bead shapes allowed; must contain 1-0 and 0-1 so that every pair of sizes has a path
     * @param maxCells largest table searched in full
     * @param width    band half-width in fine units around the coarse path
     */
    public RecursiveAligner(List<Shape> shapes, long maxCells, int width) {
        if (!shapes.contains(new Shape(1, 0)) || !shapes.contains(new Shape(0, 1))) {
            throw new IllegalArgumentException("shapes must include 1-0 and 0-1: " + shapes);
        }
        if (maxCells < 4 || width < 1) {
            throw new IllegalArgumentException("maxCells " + maxCells + " and width " + width + " too small");
        }
        this.shapes = List.copyOf(shapes);
        this.maxCells = maxCells;
        this.width = width;
    }

    @Override
    public List<Shape> shapes() {
        return shapes;
    }

    @Override
    public List<Step> align(CostModel model) {
        int n = model.sourceSize();
        int m = model.targetSize();
        long cells = (long) (n + 1) * (m + 1);
        if (cells <= maxCells || n < 4 || m < 4) {
            return BandedDynamicProgramme.run(model, shapes, Band.full(n, m));
        }
        List<Step> coarse = align(model.coarsen());
        return BandedDynamicProgramme.run(model, shapes, Band.around(coarse, n, m, width));
    }
}
