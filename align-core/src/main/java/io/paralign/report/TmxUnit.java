package io.paralign.report;

import java.util.ArrayList;
import java.util.List;

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
     * beads, so each aligned one holds at least one).
     */
    static List<TmxUnit> paragraphs(ReportView view) {
        List<TmxUnit> units = new ArrayList<>();
        for (ReportView.ParagraphBeadView paragraph : view.paragraphBeads()) {
            if (!paragraph.isMatch()) {
                continue;
            }
            List<Integer> source = sentencesOf(view.source(), paragraph.source());
            List<Integer> target = sentencesOf(view.target(), paragraph.target());
            List<ReportView.BeadView> inside = view.beads().stream()
                    .filter(b -> b.isMatch() && source.contains(b.source().get(0))).toList();
            double score = inside.stream().mapToDouble(ReportView.BeadView::score).average().orElse(0);
            double confidence = inside.stream().mapToDouble(ReportView.BeadView::confidence).average().orElse(0);
            units.add(new TmxUnit(units.size() + 1, paragraph.shape(),
                    new ReportView.BeadView(source, target, score, confidence)));
        }
        return units;
    }

    private static List<Integer> sentencesOf(ReportView.SideView side, List<Integer> paragraphs) {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < side.paragraphs().size(); id++) {
            if (paragraphs.contains(side.paragraphs().get(id))) {
                ids.add(id);
            }
        }
        return ids;
    }
}
