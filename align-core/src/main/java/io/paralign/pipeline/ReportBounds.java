package io.paralign.pipeline;

import io.paralign.align.Bead;
import io.paralign.anchor.AnchorPairing;
import io.paralign.diverge.Flag;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what a result lists in proportion to the input: at most {@link Limits#ANCHORS_PER_BEAD} matched anchors per
 * bead and {@link Limits#EVIDENCE_LENGTH} characters of evidence per flag (a flag's evidence may name every anchor
 * of the other side, so many flags in one bead would otherwise repeat a long list). Reports what it cut.
 */
final class ReportBounds {
    private ReportBounds() {
    }

    /** The beads with their anchor lists cut to the limit. */
    static List<Bead> anchors(List<Bead> beads, WarningLog log) {
        int capped = 0;
        int most = 0;
        List<Bead> out = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            List<AnchorPairing.Pair> anchors = bead.anchors();
            if (anchors.size() > Limits.ANCHORS_PER_BEAD) {
                capped++;
                most = Math.max(most, anchors.size());
                bead = new Bead(bead.source(), bead.target(), bead.score(), bead.confidence(),
                        anchors.subList(0, Limits.ANCHORS_PER_BEAD));
            }
            out.add(bead);
        }
        if (capped > 0) {
            log.add("BEAD_ANCHORS_CAPPED", "%d beads had more than %d matched anchors (at most %d); the first %d of "
                    + "each are listed", capped, Limits.ANCHORS_PER_BEAD, most, Limits.ANCHORS_PER_BEAD);
        }
        return out;
    }

    /** The flags with their evidence cut to the limit, the cut said at its end. */
    static List<Flag> evidence(List<Flag> flags, WarningLog log) {
        int cut = 0;
        int longest = 0;
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            String evidence = f.evidence();
            if (evidence.length() > Limits.EVIDENCE_LENGTH) {
                cut++;
                longest = Math.max(longest, evidence.length());
                int end = Character.isHighSurrogate(evidence.charAt(Limits.EVIDENCE_LENGTH - 1))
                        ? Limits.EVIDENCE_LENGTH - 1 : Limits.EVIDENCE_LENGTH;
                String kept = evidence.substring(0, end);
                f = new Flag(f.type(), f.side(), f.paragraph(), f.sentences(), f.span(), f.text(),
                        kept + "… (" + (evidence.length() - kept.length()) + " more characters)", f.confidence());
            }
            out.add(f);
        }
        if (cut > 0) {
            log.add("EVIDENCE_TRUNCATED", "%d flags had evidence longer than %d characters (at most %d); it is cut "
                    + "there", cut, Limits.EVIDENCE_LENGTH, longest);
        }
        return out;
    }
}
