package io.paralign.align;

import io.paralign.cancel.Cancellation;
import io.paralign.score.BitextCostModel;
import io.paralign.score.CostParams;
import io.paralign.score.FeatureSpace;
import io.paralign.score.LengthModel;
import io.paralign.score.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns paragraphs first, then sentences inside each aligned group of paragraphs. Paragraph beads see long texts,
 * where length and anchors are reliable; sentence beads are then searched only where their paragraphs agree, and
 * the sentences of a paragraph with no counterpart are left unmatched as a block, unless the other side also left
 * paragraphs out at the same place ({@link #groups}). A sentence the search left out that shares a stranded anchor
 * with the bead beside it joins that bead ({@link StrandedSkips}).
 */
public final class TwoLevelAligner {
    private final Aligner paragraphAligner;
    private final Aligner sentenceAligner;
    private final CostParams paragraphParams;
    private final CostParams sentenceParams;

    public TwoLevelAligner(Aligner paragraphAligner, Aligner sentenceAligner, CostParams paragraphParams,
                           CostParams sentenceParams) {
        this.paragraphAligner = paragraphAligner;
        this.sentenceAligner = sentenceAligner;
        this.paragraphParams = paragraphParams;
        this.sentenceParams = sentenceParams;
    }

    /** The same searches with other sentence weights. */
    public TwoLevelAligner withSentenceParams(CostParams params) {
        return new TwoLevelAligner(paragraphAligner, sentenceAligner, paragraphParams, params);
    }

    /**
     * @param space           sentence features of both sides
     * @param sourceParagraphs exclusive end sentence of each source paragraph, ascending
     * @param targetParagraphs exclusive end sentence of each target paragraph, ascending
     * @param length          the length model of the language pair
     */
    public Result align(FeatureSpace space, int[] sourceParagraphs, int[] targetParagraphs, LengthModel length) {
        Units sourceParas = space.source().group(starts(sourceParagraphs), sourceParagraphs);
        Units targetParas = space.target().group(starts(targetParagraphs), targetParagraphs);
        List<Step> paragraphSteps = paragraphAligner.align(
                new BitextCostModel(sourceParas, targetParas, space.strongAnchor(), paragraphParams, length));
        List<Step> sentenceSteps = new ArrayList<>();
        for (Step p : groups(paragraphSteps, sourceParagraphs, targetParagraphs)) {
            Cancellation.check("sentence alignment");
            int s0 = p.source() == 0 ? 0 : sourceParagraphs[p.source() - 1];
            int s1 = p.sourceCount() == 0 ? s0 : sourceParagraphs[p.sourceEnd() - 1];
            int t0 = p.target() == 0 ? 0 : targetParagraphs[p.target() - 1];
            int t1 = p.targetCount() == 0 ? t0 : targetParagraphs[p.targetEnd() - 1];
            Units source = space.source().slice(s0, s1);
            Units target = space.target().slice(t0, t1);
            BitextCostModel model = new BitextCostModel(source, target, space.strongAnchor(), sentenceParams, length);
            List<Step> inner = p.sourceCount() == 0 || p.targetCount() == 0 ? skips(model)
                    : StrandedSkips.repair(sentenceAligner.align(model), source, target, space.stranded(), model,
                            sentenceAligner.shapes());
            for (Step step : inner) {
                sentenceSteps.add(new Step(step.source() + s0, step.sourceCount(), step.target() + t0,
                        step.targetCount(), step.cost()));
            }
        }
        return new Result(paragraphSteps, sentenceSteps);
    }

    /**
     * The paragraph groups whose sentences are aligned together: each paragraph bead, except that a run of
     * unmatched paragraphs holding both sides (paragraphs left out on each side between the same two beads) becomes
     * one group. A paragraph bead's length cost grows with the square root of its length times the error of the
     * expected ratio, up to its cap, while leaving a paragraph out costs the same at any length: past a few thousand
     * characters an imprecise ratio (a prior for another genre, or none), and at any length one-sided content (what
     * the detectors look for), make leaving both out cheaper than the match. A text without paragraph breaks is one
     * paragraph a side, so the whole text came out unmatched. Aligning such a gap at sentence level, where each sentence is matched or left out on its own
     * evidence, keeps what the paragraphs share; a true omission still comes out unmatched, sentence by sentence.
     * A gap of one sentence on a side is left as the paragraph level decided: there a paragraph is a sentence, and
     * its length cost is a sentence's.
     */
    static List<Step> groups(List<Step> paragraphSteps, int[] sourceParagraphs, int[] targetParagraphs) {
        List<Step> groups = new ArrayList<>();
        int k = 0;
        while (k < paragraphSteps.size()) {
            Step first = paragraphSteps.get(k);
            if (!first.shape().isSkip()) {
                groups.add(first);
                k++;
                continue;
            }
            int end = k;
            int sourceCount = 0;
            int targetCount = 0;
            while (end < paragraphSteps.size() && paragraphSteps.get(end).shape().isSkip()) {
                sourceCount += paragraphSteps.get(end).sourceCount();
                targetCount += paragraphSteps.get(end).targetCount();
                end++;
            }
            if (sentences(sourceParagraphs, first.source(), sourceCount) > 1
                    && sentences(targetParagraphs, first.target(), targetCount) > 1) {
                groups.add(new Step(first.source(), sourceCount, first.target(), targetCount, Double.NaN));
            } else {
                groups.addAll(paragraphSteps.subList(k, end));
            }
            k = end;
        }
        return groups;
    }

    /** Sentences in paragraphs {@code [from, from + count)}, given each paragraph's exclusive end sentence. */
    private static int sentences(int[] paragraphEnds, int from, int count) {
        if (count == 0) {
            return 0;
        }
        return paragraphEnds[from + count - 1] - (from == 0 ? 0 : paragraphEnds[from - 1]);
    }

    private static List<Step> skips(BitextCostModel model) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < model.sourceSize(); i++) {
            steps.add(new Step(i, 1, 0, 0, model.cost(i, 1, 0, 0)));
        }
        for (int j = 0; j < model.targetSize(); j++) {
            steps.add(new Step(model.sourceSize(), 0, j, 1, model.cost(0, 0, j, 1)));
        }
        return steps;
    }

    private static int[] starts(int[] ends) {
        int[] starts = new int[ends.length];
        for (int k = 1; k < ends.length; k++) {
            starts[k] = ends[k - 1];
        }
        return starts;
    }

    /** Paragraph beads (in paragraph indices) and sentence beads (in sentence indices). */
    public record Result(List<Step> paragraphs, List<Step> sentences) {
        public Result {
            paragraphs = List.copyOf(paragraphs);
            sentences = List.copyOf(sentences);
        }
    }
}
