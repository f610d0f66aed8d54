package io.paralign.diverge;

import io.paralign.cancel.Cancellation;
import io.paralign.model.Document;
import io.paralign.model.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the selected detectors and resolves overlaps: text flagged as a duplicated block is not also reported as an
 * omission, a heading or boilerplate, since a repeat explains why it has no counterpart. Duplicated blocks are
 * always looked for, selected or not, so that a selection only ever leaves flags out: the flags of a selection are
 * the flags of all detectors that have a selected type. Flags come out in document order, source side first.
 */
public final class FlagFinder {
    private final Set<FlagType> selected;
    private final DuplicateBlockDetector duplicates = new DuplicateBlockDetector();
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();

    /** Every detector. */
    public FlagFinder() {
        this(Detectors.all());
    }

    /**
     * @param selected the types to report ({@link Detectors#select} reads them from their codes)
     */
    public FlagFinder(Set<FlagType> selected) {
        this.selected = selected.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(selected));
    }

    public List<Flag> detect(AlignedPair pair) {
        List<Flag> repeats = duplicates.detect(pair);
        Map<Side, RepeatSpans> repeated = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            repeated.put(side, RepeatSpans.of(repeats, side));
        }
        List<Flag> flags = new ArrayList<>(selected.contains(FlagType.DUPLICATE_BLOCK) ? repeats
                : List.of());
        for (FlagType type : selected) {
            if (type == FlagType.DUPLICATE_BLOCK) {
                continue;
            }
            Cancellation.check("divergence detection");
            for (Flag flag : Detectors.of(type).detect(pair)) {
                // a repeat explains text with no counterpart, not a number changed in aligned text
                boolean explained = type != FlagType.ANCHOR_MISMATCH
                        && repeated.get(flag.side()).overlap(flag.span());
                if (!explained) {
                    flags.add(flag);
                }
            }
        }
        flags.sort(Comparator.comparing(Flag::side).thenComparing(f -> f.span().start())
                .thenComparing(Flag::type));
        return List.copyOf(flags);
    }

    /**
     * Findings within one document that has no counterpart: duplicated blocks and boilerplate lines, those of the
     * selected types.
     */
    public List<Flag> detectAlone(Document document) {
        List<Flag> flags = new ArrayList<>();
        if (selected.contains(FlagType.DUPLICATE_BLOCK)) {
            flags.addAll(duplicates.detect(document, Side.SOURCE));
        }
        if (selected.contains(FlagType.BOILERPLATE)) {
            flags.addAll(boilerplate.detect(document, Side.SOURCE));
        }
        flags.sort(Comparator.comparing(f -> f.span().start()));
        return List.copyOf(flags);
    }
}
