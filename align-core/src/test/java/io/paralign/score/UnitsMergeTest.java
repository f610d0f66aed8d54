package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A run of units merged, short (pairwise) or long (all at once), is the sorted distinct union of their tokens and
 * their anchors sorted by id with equal ids in unit order.
 */
class UnitsMergeTest {
    @Test
    void everyRunLengthGivesTheSpecifiedMerge() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(12);
            int[] length = new int[n];
            int[][] tokens = new int[n][];
            int[] counts = new int[n];
            int[][] anchors = new int[n][];
            float[][] weights = new float[n][];
            for (int u = 0; u < n; u++) {
                length[u] = random.nextInt(100);
                tokens[u] = new TreeSet<>(random.ints(random.nextInt(6), 0, 20).boxed().toList()).stream()
                        .mapToInt(Integer::intValue).toArray();
                counts[u] = tokens[u].length;
                anchors[u] = random.ints(random.nextInt(5), 0, 6).sorted().toArray();
                weights[u] = new float[anchors[u].length];
                for (int x = 0; x < weights[u].length; x++) {
                    weights[u][x] = random.nextFloat();
                }
            }
            Units units = new Units(length, tokens, counts, anchors, weights, new boolean[n], new boolean[n],
                    new boolean[n]);
            for (int i = 0; i < n; i++) {
                for (int k = 1; i + k <= n; k++) {
                    check(units, i, k);
                }
            }
        }
    }

    private static void check(Units units, int i, int k) {
        Units.Merged merged = units.merge(i, k);
        TreeSet<Integer> tokens = new TreeSet<>();
        List<float[]> anchors = new ArrayList<>(); // {id, weight}
        int length = 0;
        for (int u = i; u < i + k; u++) {
            length += units.length[u];
            Arrays.stream(units.tokens[u]).forEach(tokens::add);
            for (int x = 0; x < units.anchors[u].length; x++) {
                anchors.add(new float[] {units.anchors[u][x], units.anchorWeights[u][x]});
            }
        }
        anchors.sort(Comparator.comparingDouble(a -> a[0])); // List.sort is stable
        assertEquals(length, merged.length());
        assertArrayEquals(tokens.stream().mapToInt(Integer::intValue).toArray(), merged.tokens(), "run " + i + "+" + k);
        assertArrayEquals(anchors.stream().mapToInt(a -> (int) a[0]).toArray(), merged.anchors());
        float[] weights = new float[anchors.size()];
        for (int x = 0; x < weights.length; x++) {
            weights[x] = anchors.get(x)[1];
        }
        assertArrayEquals(weights, merged.anchorWeights());
    }
}
