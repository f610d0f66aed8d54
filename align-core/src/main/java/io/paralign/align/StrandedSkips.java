package io.paralign.align;

import io.paralign.score.BitextCostModel;
import io.paralign.score.StrandedAnchors;
import io.paralign.score.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a sentence the search left out back into the bead beside it when the two share a stranded anchor
 * ({@link StrandedAnchors}): a name, number or Latin token of the left-out sentence that the bead's other side
 * holds and the bead's own side lacks. The search weighs each bead on its own, so a long sentence translated by
 * two whose lengths together run far past the expected ratio costs less as one part paired and the other left
 * out, and the anchor the left-out part shares with the sentence earns nothing on either path. Such a sentence is
 * not missing from the other side; flagging it would be a false omission.
 *
 * <p>A sentence joins its neighbour only when the wider bead is a shape the search allows and costs at most
 * {@value #MAX_EXTRA_COST} more than the two beads it replaces (one and a half skips at the default weights):
 * Text+Berg dev keeps its figures from 4 to 6 and loses 0.008 strict F1 from 8 up, where a true omission that
 * mentions a name of the sentence beside it was pulled in; the seed pair's split sentence needs 4. Of two
 * neighbours that qualify, the cheaper merge wins. Headings, repeats and boilerplate stay left out.
 */
final class StrandedSkips {
    static final double MAX_EXTRA_COST = 6.0;

    private StrandedSkips() {
    }

    /**
     * @param steps    a path over the units of {@code model}'s two sides, in order
     * @param source   the source units of {@code model}
     * @param target   the target units of {@code model}
     * @param stranded which anchors identify a sentence
     * @param shapes   the bead shapes allowed
     * @return the path with each qualifying left-out unit joined to its neighbour
     */
    static List<Step> repair(List<Step> steps, Units source, Units target, StrandedAnchors stranded,
                             BitextCostModel model, List<Shape> shapes) {
        List<Step> path = new ArrayList<>(steps);
        int k = 0;
        while (k < path.size()) {
            Join join = join(path, k, source, target, stranded, model, shapes);
            if (join == null) {
                k++;
                continue;
            }
            path.set(join.first(), join.bead());
            path.remove(join.first() + 1);
            k = Math.max(0, join.first() - 1);
        }
        return path;
    }

    /** A wider bead replacing steps {@code first} and {@code first + 1}. */
    private record Join(int first, Step bead) {
    }

    /** The bead that step {@code k}, a lone plain unit, makes with the better of its two neighbours; or null. */
    private static Join join(List<Step> path, int k, Units source, Units target, StrandedAnchors stranded,
                             BitextCostModel model, List<Shape> shapes) {
        Step lone = path.get(k);
        boolean sourceOnly = lone.sourceCount() == 1 && lone.targetCount() == 0;
        boolean targetOnly = lone.sourceCount() == 0 && lone.targetCount() == 1;
        if (!(sourceOnly && source.isPlain(lone.source())) && !(targetOnly && target.isPlain(lone.target()))) {
            return null;
        }
        Join best = null;
        double bestExtra = MAX_EXTRA_COST;
        for (int n : new int[] {k - 1, k + 1}) {
            if (n < 0 || n >= path.size() || path.get(n).shape().isSkip()) {
                continue;
            }
            Step bead = path.get(n);
            int a = bead.sourceCount() + lone.sourceCount();
            int b = bead.targetCount() + lone.targetCount();
            if (a > 4 || b > 4 || !shapes.contains(new Shape(a, b))) {
                continue;
            }
            boolean strands = sourceOnly
                    ? stranded.strands(source, lone.source(), source, bead.source(), bead.sourceCount(),
                            target, bead.target(), bead.targetCount())
                    : stranded.strands(target, lone.target(), target, bead.target(), bead.targetCount(),
                            source, bead.source(), bead.sourceCount());
            if (!strands) {
                continue;
            }
            int i = Math.min(bead.source(), lone.source());
            int j = Math.min(bead.target(), lone.target());
            double cost = model.cost(i, a, j, b);
            double extra = cost - bead.cost() - lone.cost();
            if (extra <= bestExtra) {
                best = new Join(Math.min(n, k), new Step(i, a, j, b, cost));
                bestExtra = extra;
            }
        }
        return best;
    }
}
