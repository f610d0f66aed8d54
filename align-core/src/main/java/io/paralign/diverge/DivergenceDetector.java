package io.paralign.diverge;

import java.util.List;

/** Finds one kind of divergence in an alignment. */
public interface DivergenceDetector {
    List<Divergence> detect(AlignedPair pair);
}
