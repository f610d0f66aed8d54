package io.paralign.diverge;

import io.paralign.cancel.Cancellation;
import io.paralign.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every detector and resolves overlaps: text flagged as a duplicated block is not also reported as an
 * omission, a heading or boilerplate, since a repeat explains why it has no counterpart. Flags come out in document
 * order, source side first.
 */
public final class Divergences {
    private final List<DivergenceDetector> detectors;
    private final DuplicateBlockDetector duplicates = new DuplicateBlockDetector();

    /** The standard detectors. */
    public Divergences() {
        this(List.of(new UnmatchedDetector(), new AnchorMismatchDetector(), new LengthRatioDetector()));
    }

    /** The given detectors, plus duplicated blocks (always on, as other flags are resolved against them). */
    public Divergences(List<DivergenceDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    public List<Divergence> detect(AlignedPair pair) {
        List<Divergence> repeats = duplicates.detect(pair);
        Map<Side, RepeatSpans> repeated = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            repeated.put(side, RepeatSpans.of(repeats, side));
        }
        List<Divergence> flags = new ArrayList<>(repeats);
        for (DivergenceDetector detector : detectors) {
            Cancellation.check("divergence detection");
            for (Divergence flag : detector.detect(pair)) {
                boolean explained = flag.type() != DivergenceType.ANCHOR_MISMATCH
                        && repeated.get(flag.side()).overlap(flag.span());
                if (!explained) {
                    flags.add(flag);
                }
            }
        }
        flags.sort(Comparator.comparing(Divergence::side).thenComparing(f -> f.span().start())
                .thenComparing(Divergence::type));
        return List.copyOf(flags);
    }

    /** Findings within one document that has no counterpart: duplicated blocks and boilerplate lines. */
    public List<Divergence> detectAlone(io.paralign.model.Document document) {
        List<Divergence> flags = new ArrayList<>(duplicates.detect(document, Side.SOURCE));
        flags.addAll(BoilerplateLines.detect(document, Side.SOURCE));
        flags.sort(Comparator.comparing(f -> f.span().start()));
        return List.copyOf(flags);
    }
}
