package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PairCountsTest {
    @Property(tries = 200)
    void countsEveryPairAsAMapWould(@ForAll @Size(max = 3000) List<@IntRange(max = 40) Integer> firsts,
                                    @ForAll @IntRange(min = 1, max = 4000) int compactEvery,
                                    @ForAll boolean dense) {
        // 41 x 13 pairs fit a grid; a second bound too large for one makes the table count them
        PairCounts counts = new PairCounts(41, dense ? 13 : PairCounts.DENSE_CELLS);
        Map<List<Integer>, Integer> expected = new HashMap<>();
        for (int k = 0; k < firsts.size(); k++) {
            int second = (k * 7) % 13;
            counts.add(firsts.get(k), second);
            expected.merge(List.of(firsts.get(k), second), 1, Integer::sum);
            if (k % compactEvery == 0) {
                counts.compact();
            }
        }
        counts.compact();
        Map<List<Integer>, Integer> actual = new HashMap<>();
        for (int k = 0; k < counts.size(); k++) {
            actual.put(List.of(counts.source(k), counts.target(k)), counts.count(k));
        }
        assertEquals(expected, actual);
    }

    @org.junit.jupiter.api.Test
    void rejectsIdsOutOfRange() {
        for (PairCounts counts : List.of(new PairCounts(5, 5), new PairCounts(5, PairCounts.DENSE_CELLS))) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> counts.add(-1, 3));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> counts.add(5, 3));
        }
    }
}
