package io.paralign.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code <tu>} of {@link TmxWriter} holds: its id, the shape of its bead and its sentences with their score.
 * Ids count the aligned beads (or paragraph beads) in order, so a unit keeps its id when weaker ones are left out.
 *
 * @param id        the {@code tuid}, from 1
 * @param shape     the bead's shape, in sentences ({@code 2-1}) or in paragraphs for paragraph units
 * @param sentences the unit's sentences on each side, its score and confidence
 */
record TmxUnit(int id, String shape, ReportView.BeadView sentences) {

    /** A unit per aligned sentence bead; unmatched sentences are no unit. */
    static List<TmxUnit> sentences(ReportView view) {
        List<TmxUnit> units = new ArrayList<>();
        for (ReportView.BeadView bead : view.beads()) {
            if (bead.isMatch()) {
                units.add(new TmxUnit(units.size() + 1, bead.shape(), bead));
            }
        }
        return units;
    }

    /**
     * A unit per aligned paragraph bead: every sentence of its paragraphs, those left unmatched included, with the
     * mean score and confidence of the aligned sentence beads inside it (paragraph beads are read off the sentence
     * beads, so each aligned one holds at least one). One pass over the sentences and one over the beads.
     */
    static List<TmxUnit> paragraphs(ReportView view) {
        List<ReportView.ParagraphBeadView> aligned = view.paragraphBeads().stream()
                .filter(ReportView.ParagraphBeadView::isMatch).toList();
        Map<Integer, Integer> unitOfSource = new HashMap<>();
        Map<Integer, Integer> unitOfTarget = new HashMap<>();
        for (int unit = 0; unit < aligned.size(); unit++) {
            for (int paragraph : aligned.get(unit).source()) {
                unitOfSource.put(paragraph, unit);
            }
            for (int paragraph : aligned.get(unit).target()) {
                unitOfTarget.put(paragraph, unit);
            }
        }
        List<List<Integer>> source = sentencesOf(view.source(), unitOfSource, aligned.size());
        List<List<Integer>> target = sentencesOf(view.target(), unitOfTarget, aligned.size());
        double[] score = new double[aligned.size()];
        double[] confidence = new double[aligned.size()];
        int[] beads = new int[aligned.size()];
        for (ReportView.BeadView bead : view.beads()) {
            Integer unit = bead.isMatch() ? unitOfSource.get(view.source().paragraphs().get(bead.source().get(0)))
                    : null;
            if (unit != null) {
                score[unit] += bead.score();
                confidence[unit] += bead.confidence();
                beads[unit]++;
            }
        }
        List<TmxUnit> units = new ArrayList<>();
        for (int unit = 0; unit < aligned.size(); unit++) {
            int n = Math.max(1, beads[unit]);
            units.add(new TmxUnit(unit + 1, aligned.get(unit).shape(), new ReportView.BeadView(source.get(unit),
                    target.get(unit), score[unit] / n, confidence[unit] / n)));
        }
        return units;
    }

    /** The sentence ids of each unit on one side, from the unit of each sentence's paragraph. */
    private static List<List<Integer>> sentencesOf(ReportView.SideView side, Map<Integer, Integer> unitOf, int units) {
        List<List<Integer>> ids = new ArrayList<>(units);
        for (int unit = 0; unit < units; unit++) {
            ids.add(new ArrayList<>());
        }
        for (int id = 0; id < side.paragraphs().size(); id++) {
            Integer unit = unitOf.get(side.paragraphs().get(id));
            if (unit != null) {
                ids.get(unit).add(id);
            }
        }
        return ids;
    }
}
