package io.paralign.diverge;

import java.util.List;

/**
 * Finds one kind of divergence in an alignment, as LanguageTool's rules each find one kind of error: every flag a
 * detector returns has its {@link #type()}, and the detector ships the examples it must and must not flag.
 */
interface FlagDetector {
    /** The one type of every flag this detector returns; also its stable id in the {@link Detectors} registry. */
    FlagType type();

    /** The flags of {@link #type()} found in the alignment. */
    List<Flag> detect(AlignedPair pair);

    /**
     * Texts this detector must flag and texts it must not, at least two of each; one generic test aligns every
     * example with the whole pipeline and checks the outcome.
     */
    List<DetectorExample> examples();
}
