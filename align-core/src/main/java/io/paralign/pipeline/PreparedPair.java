package io.paralign.pipeline;

import io.paralign.anchor.NameMatcher;
import io.paralign.score.FeatureSpace;
import java.util.List;

/**
 * A pair of documents analysed as far as word pairs known beforehand do not matter: each side's stems and anchors
 * ({@link SideAnalysis}), the anchors linked across the two, and the target's features. Made by
 * {@link AlignmentPipeline#prepare}; set-level learning's two passes share it, the first teaching from it, the second
 * aligning it with the set's word pairs. The name comparisons it remembers grow as it is aligned, so one thread at a
 * time uses it.
 */
public final class PreparedPair {
    private final SideAnalysis source;
    private final SideAnalysis target;
    private final NameMatcher.Memo names;
    private final FeatureSpace.Shared shared;
    private final List<Warning> warnings;

    /** @param warnings what the preparation capped, which every alignment of the pair reports */
    PreparedPair(SideAnalysis source, SideAnalysis target, NameMatcher.Memo names, FeatureSpace.Shared shared,
                 List<Warning> warnings) {
        this.source = source;
        this.target = target;
        this.names = names;
        this.shared = shared;
        this.warnings = List.copyOf(warnings);
    }

    /** Characters of both documents' sentences: what the memory the pair holds grows with. */
    public long characters() {
        return source.characters() + target.characters();
    }

    SideAnalysis source() {
        return source;
    }

    SideAnalysis target() {
        return target;
    }

    NameMatcher.Memo names() {
        return names;
    }

    FeatureSpace.Shared shared() {
        return shared;
    }

    List<Warning> warnings() {
        return warnings;
    }
}
