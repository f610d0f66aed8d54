package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.model.Side;
import java.util.List;

/**
 * Flags a heading with no counterpart: a whole unmatched paragraph that segmentation marked as a heading, or a single
 * short line (up to six words) without a final full stop. Headings are often added or dropped by an editor rather
 * than lost in translation, so they are reported apart from omissions.
 */
final class UnmatchedHeadingDetector implements FlagDetector {

    @Override
    public FlagType type() {
        return FlagType.HEADING_UNMATCHED;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        return UnmatchedRun.of(pair, UnmatchedRun.Kind.HEADING).stream().map(run -> run.flag(type(),
                "heading with no counterpart on the " + run.side().other().json() + " side", 0.85)).toList();
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        return List.of(
                flags("French heading added", ar, fr.insert(2, "Réactions internationales"), Side.TARGET),
                flags("Arabic heading added", ar.insert(2, "ردود فعل دولية"), fr, Side.SOURCE),
                doesNotFlag("heading in both texts", ar.insert(2, "ردود فعل دولية"),
                        fr.insert(2, "Réactions internationales"), Side.TARGET),
                doesNotFlag("heading in both texts", ar.insert(2, "ردود فعل دولية"),
                        fr.insert(2, "Réactions internationales"), Side.SOURCE));
    }
}
