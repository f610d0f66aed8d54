package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class BitextCostModelTest {

    @Property(tries = 200)
    void lowerBoundNeverExceedsTheCost(@ForAll long seed) {
        Random random = new Random(seed);
        Units source = randomUnits(random, 1 + random.nextInt(8));
        Units target = randomUnits(random, 1 + random.nextInt(8));
        boolean[] strong = new boolean[12];
        for (int k = 0; k < strong.length; k++) {
            strong[k] = random.nextBoolean();
        }
        for (CostParams params : new CostParams[] {CostParams.sentenceDefaults(), CostParams.paragraphDefaults()}) {
            BitextCostModel model = new BitextCostModel(source, target, strong, params,
                    LengthModels.prior("ar", "fr", 1000, 1000));
            for (int i = 0; i < source.size(); i++) {
                for (int j = 0; j < target.size(); j++) {
                    for (int a = 0; a <= Math.min(3, source.size() - i); a++) {
                        for (int b = 0; b <= Math.min(3, target.size() - j); b++) {
                            if (a + b > 0) {
                                double bound = model.lowerBound(i, a, j, b);
                                double cost = model.cost(i, a, j, b);
                                assertTrue(bound <= cost, bound + " > " + cost);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Units with random lengths, token sets that often overlap, and anchors over a dozen concepts. */
    private static Units randomUnits(Random random, int n) {
        int[] length = new int[n];
        int[][] tokens = new int[n][];
        int[] counts = new int[n];
        int[][] anchors = new int[n][];
        float[][] weights = new float[n][];
        for (int u = 0; u < n; u++) {
            length[u] = 1 + random.nextInt(300);
            tokens[u] = random.ints(random.nextInt(20), 0, 30).sorted().distinct().toArray();
            counts[u] = tokens[u].length + random.nextInt(3);
            anchors[u] = random.ints(random.nextInt(5), 0, 12).sorted().toArray();
            weights[u] = new float[anchors[u].length];
            for (int k = 0; k < weights[u].length; k++) {
                weights[u][k] = random.nextFloat() * 2;
            }
        }
        boolean[] none = new boolean[n];
        boolean[] ends = new boolean[n];
        Arrays.fill(ends, random.nextBoolean());
        return new Units(length, tokens, counts, anchors, weights, none, none.clone(), ends);
    }
}
