package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed overlap test answers as checking every repeat would. */
class RepeatSpansTest {
    private static Flag repeat(Side side, int start, int end) {
        return new Flag(FlagType.DUPLICATE_BLOCK, side, 0, List.of(0), new Span(start, end), "", "", 1);
    }

    @Test
    void noRepeatsNoOverlap() {
        assertFalse(RepeatSpans.of(List.of(), Side.SOURCE).overlap(new Span(0, 10)));
    }

    @Test
    void sameAnswerAsAScanOnRandomSpans() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Flag> repeats = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                int start = random.nextInt(100);
                repeats.add(repeat(random.nextBoolean() ? Side.SOURCE : Side.TARGET, start,
                        start + random.nextInt(20)));
            }
            RepeatSpans index = RepeatSpans.of(repeats, Side.SOURCE);
            for (int q = 0; q < 50; q++) {
                int start = random.nextInt(110);
                Span span = new Span(start, start + random.nextInt(15));
                boolean scan = repeats.stream().anyMatch(r -> r.side() == Side.SOURCE && r.span().overlaps(span));
                assertEquals(scan, index.overlap(span), repeats + " against " + span);
            }
        }
    }
}
