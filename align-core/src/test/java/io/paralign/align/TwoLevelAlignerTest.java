package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.NameMatcher;
import io.paralign.score.CostModel;
import io.paralign.score.CostParams;
import io.paralign.score.FeatureSpace;
import io.paralign.score.LengthModel;
import io.paralign.score.Lexicon;
import io.paralign.score.SideText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link TwoLevelAligner}: the paragraph groups whose sentences are aligned together ({@code groups}); then
 * {@code align}, which sentences each group hands the sentence aligner, how its steps are moved back to document
 * sentence ids and what a one-sided group gives; and a small text aligned for real.
 */
class TwoLevelAlignerTest {
    private static final LengthModel LENGTH = new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE);

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

    /** A side of sentences, each given as its stems separated by spaces, ten characters a stem. */
    private static SideText side(String... sentences) {
        int n = sentences.length;
        List<List<String>> tokens = Arrays.stream(sentences).map(s -> s.isEmpty() ? List.<String>of()
                : List.of(s.split(" "))).toList();
        List<List<Anchor>> anchors = tokens.stream().map(t -> List.<Anchor>of()).toList();
        int[] lengths = tokens.stream().mapToInt(t -> 10 * t.size()).toArray();
        return new SideText(tokens, anchors, lengths, new boolean[n], new boolean[n], new boolean[n]);
    }

    private static FeatureSpace space(SideText source, SideText target) {
        FeatureSpace.AnchorLinks links = FeatureSpace.AnchorLinks.of(source, target, NameMatcher::matches, 100);
        return FeatureSpace.build(source, FeatureSpace.Shared.of(target, links), Lexicon.EMPTY);
    }

    private static String show(List<Step> steps) {
        return steps.stream().map(s -> s.source() + "+" + s.sourceCount() + ":" + s.target() + "+" + s.targetCount())
                .collect(Collectors.joining(" "));
    }

    /** Gives fixed paragraph steps; records the sizes of each sentence problem and pairs its sentences 1-1. */
    private static final class Scripted implements Aligner {
        private final List<Step> steps;
        private final List<String> calls = new ArrayList<>();

        Scripted(List<Step> steps) {
            this.steps = steps;
        }

        @Override
        public List<Shape> shapes() {
            return Shape.SENTENCE;
        }

        @Override
        public List<Step> align(CostModel model) {
            calls.add(model.sourceSize() + "x" + model.targetSize());
            if (steps != null) {
                return steps;
            }
            List<Step> diagonal = new ArrayList<>();
            int n = Math.min(model.sourceSize(), model.targetSize());
            for (int k = 0; k < n; k++) {
                diagonal.add(new Step(k, 1, k, 1, 0));
            }
            for (int k = n; k < model.sourceSize(); k++) {
                diagonal.add(new Step(k, 1, n, 0, 0));
            }
            for (int k = n; k < model.targetSize(); k++) {
                diagonal.add(new Step(model.sourceSize(), 0, k, 1, 0));
            }
            return diagonal;
        }
    }

    @Test
    void eachParagraphBeadIsAlignedAloneAndItsStepsMovedToDocumentIds() {
        // source paragraphs: sentences [0, 2), [2, 3), [3, 5); target: [0, 1), [1, 3)
        List<Step> paragraphs = List.of(new Step(0, 1, 0, 1, 0), new Step(1, 1, 1, 0, 0), new Step(2, 1, 1, 1, 0));
        Scripted paragraphAligner = new Scripted(paragraphs);
        Scripted sentenceAligner = new Scripted(null);
        TwoLevelAligner aligner = new TwoLevelAligner(paragraphAligner, sentenceAligner,
                CostParams.paragraphDefaults(), CostParams.sentenceDefaults());
        TwoLevelAligner.Result result = aligner.align(space(side("a", "b", "c", "d", "e"), side("a", "d", "e")),
                new int[] {2, 3, 5}, new int[] {1, 3}, LENGTH);
        assertEquals(List.of("3x2"), paragraphAligner.calls);
        // the one-sided paragraph (source paragraph 1) never reaches the sentence aligner
        assertEquals(List.of("2x1", "2x2"), sentenceAligner.calls);
        assertEquals(paragraphs, result.paragraphs());
        assertEquals("0+1:0+1 1+1:1+0 2+1:1+0 3+1:1+1 4+1:2+1", show(result.sentences()));
    }

    @Test
    void bothSidesLeftOutBetweenTheSameBeadsAreAlignedTogether() {
        // each side one paragraph of two sentences, which the paragraph level left out on both sides
        Scripted sentenceAligner = new Scripted(null);
        TwoLevelAligner aligner = new TwoLevelAligner(new Scripted(List.of(new Step(0, 1, 0, 0, 0),
                new Step(1, 0, 0, 1, 0))), sentenceAligner, CostParams.paragraphDefaults(),
                CostParams.sentenceDefaults());
        TwoLevelAligner.Result result = aligner.align(space(side("a", "b"), side("a", "b")), new int[] {2},
                new int[] {2}, LENGTH);
        assertEquals(List.of("2x2"), sentenceAligner.calls);
        assertEquals("0+1:0+1 1+1:1+1", show(result.sentences()));
    }

    @Test
    void emptyTextsAlign() {
        TwoLevelAligner aligner = new TwoLevelAligner(new RecursiveAligner(Shape.PARAGRAPH, 250_000, 12),
                new RecursiveAligner(Shape.SENTENCE, 250_000, 12), CostParams.paragraphDefaults(),
                CostParams.sentenceDefaults());
        TwoLevelAligner.Result result = aligner.align(space(side(), side()), new int[0], new int[0], LENGTH);
        assertEquals(List.of(), result.paragraphs());
        assertEquals(List.of(), result.sentences());
    }

    @Test
    void aSmallTextAlignedForReal() {
        TwoLevelAligner aligner = new TwoLevelAligner(new RecursiveAligner(Shape.PARAGRAPH, 250_000, 12),
                new RecursiveAligner(Shape.SENTENCE, 250_000, 12), CostParams.paragraphDefaults(),
                CostParams.sentenceDefaults());
        // the target lacks the source's middle paragraph (sentence 2)
        TwoLevelAligner.Result result = aligner.align(
                space(side("musee ouvre samedi", "entree gratuite enfant",
                                "pluie forte nord orage vent froid neige route ferme", "tableau moderne"),
                        side("musee ouvre samedi", "entree gratuite enfant", "tableau moderne")),
                new int[] {2, 3, 4}, new int[] {2, 3}, LENGTH);
        assertEquals("0+1:0+1 1+1:1+0 2+1:1+1", show(result.paragraphs()));
        assertEquals("0+1:0+1 1+1:1+1 2+1:2+0 3+1:2+1", show(result.sentences()));
    }
}
