package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.model.Side;
import java.util.List;

/**
 * Flags text of one side with no counterpart on the other, one flag per run of consecutive unmatched sentences
 * inside a paragraph: source text gives {@link FlagType#MISSING_IN_TARGET}, target text
 * {@link FlagType#MISSING_IN_SOURCE}. Runs that read as boilerplate, a heading or untranslated text are left to
 * their own detectors. The longer the run, the surer the flag: a short unmatched sentence is often a merge the
 * aligner did not see.
 */
final class OmissionDetector implements FlagDetector {
    /** A French paragraph with no Arabic counterpart, for examples. */
    static final String ADDED_FRENCH = "Des organisations de défense des droits de l’homme affirment que plus d’un "
            + "million de personnes ont été détenues dans des camps d’internement, selon plusieurs rapports publiés "
            + "ces dernières années par des chercheurs indépendants.";

    private final Side side;

    /**
     * @param side the side whose unmatched text this detector flags
     */
    OmissionDetector(Side side) {
        this.side = side;
    }

    @Override
    public FlagType type() {
        return side == Side.SOURCE ? FlagType.MISSING_IN_TARGET : FlagType.MISSING_IN_SOURCE;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        return UnmatchedRun.of(pair, side, UnmatchedRun.Kind.OMISSION).stream().map(this::flag).toList();
    }

    private Flag flag(UnmatchedRun run) {
        List<Integer> ids = run.ids();
        String what = run.wholeParagraph() ? "paragraph " + run.paragraph().index() : ids.size() == 1
                ? "sentence " + ids.get(0) : "sentences " + ids.get(0) + "-" + ids.get(ids.size() - 1);
        double confidence = Math.min(0.95, 0.6 + 0.004 * run.span().length());
        return run.flag(type(), side.json() + " " + what + " has no counterpart on the " + side.other().json()
                + " side", confidence);
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        if (side == Side.SOURCE) {
            return List.of(
                    flags("Arabic paragraph dropped from the French text", ar, fr.remove(1), Side.SOURCE),
                    flags("last Arabic paragraph dropped from the French text", ar, fr.remove(3), Side.SOURCE),
                    doesNotFlag("parallel text", ar, fr, Side.SOURCE),
                    doesNotFlag("a repeated Arabic paragraph is a repeat, not an omission", ar.insert(2,
                            ar.paragraph(1)), fr, Side.SOURCE));
        }
        return List.of(
                flags("French paragraph added", ar, fr.insert(2, ADDED_FRENCH), Side.TARGET),
                flags("French paragraph whose Arabic was dropped", ar.remove(2), fr, Side.TARGET),
                doesNotFlag("parallel text", ar, fr, Side.TARGET),
                doesNotFlag("a repeated French paragraph is a repeat, not an omission", ar, fr.insert(2,
                        fr.paragraph(1)), Side.TARGET));
    }
}
