package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoLevelAlignerTest {
    private static Step step(int source, int sourceCount, int target, int targetCount) {
        return new Step(source, sourceCount, target, targetCount, 0.0);
    }

    private static String groups(List<Step> paragraphSteps, int[] sourceEnds, int[] targetEnds) {
        return TwoLevelAligner.groups(paragraphSteps, sourceEnds, targetEnds).stream()
                .map(s -> s.source() + "+" + s.sourceCount() + ":" + s.target() + "+" + s.targetCount())
                .toList().toString();
    }

    @Test
    void empty() {
        assertEquals("[]", groups(List.of(), new int[0], new int[0]));
    }

    @Test
    void bothWholeTextsLeftOutAreOneGroup() {
        assertEquals("[0+1:0+1]", groups(List.of(step(0, 1, 0, 0), step(1, 0, 0, 1)), new int[] {40}, new int[] {45}));
    }

    @Test
    void gapBetweenTwoBeadsIsOneGroup() {
        assertEquals("[0+1:0+1, 1+2:1+1, 3+1:2+1]", groups(List.of(step(0, 1, 0, 1), step(1, 1, 1, 0),
                step(2, 0, 1, 1), step(2, 1, 2, 0), step(3, 1, 2, 1)), new int[] {3, 6, 9, 12}, new int[] {3, 8, 12}));
    }

    @Test
    void oneSidedGapStaysParagraphByParagraph() {
        assertEquals("[0+1:0+0, 1+1:0+0, 2+1:0+1]", groups(List.of(step(0, 1, 0, 0), step(1, 1, 0, 0),
                step(2, 1, 0, 1)), new int[] {3, 6, 9}, new int[] {3}));
    }

    @Test
    void oneSentenceOnASideKeepsTheParagraphDecision() {
        assertEquals("[0+1:0+0, 1+0:0+1]", groups(List.of(step(0, 1, 0, 0), step(1, 0, 0, 1)),
                new int[] {1}, new int[] {5}));
    }
}
