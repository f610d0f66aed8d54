package io.paralign.cli.batch;

import io.paralign.report.FindingKinds;
import java.util.Comparator;
import java.util.Map;

/**
 * The order of summary.html's pairs, what needs attention first: failed pairs; then the lower coverage (the lower of
 * the two sides' shares of characters aligned, to the 0.1% the page shows); then more content findings (omissions,
 * number mismatches, partial and untranslated text: {@link FindingKinds}); then more findings of any kind; then the
 * source file's name.
 */
final class Attention {
    static final Comparator<PairOutcome> ORDER = Comparator
            .comparing((PairOutcome p) -> !(p instanceof FailedPair))
            .thenComparingLong(Attention::coverage)
            .thenComparingInt(p -> -findings(p, true))
            .thenComparingInt(p -> -findings(p, false))
            .thenComparing(PairOutcome::source);

    private Attention() {
    }

    /** The lower side's character coverage in tenths of a per cent; 0 for a failed pair. */
    private static long coverage(PairOutcome pair) {
        return pair instanceof PairRow row ? Math.round(1000 * Math.min(row.sourceSide().characterCoverage(),
                row.targetSide().characterCoverage())) : 0;
    }

    /** Content findings only, or all of them. */
    private static int findings(PairOutcome pair, boolean contentOnly) {
        if (!(pair instanceof PairRow row)) {
            return 0;
        }
        return row.flagCounts().entrySet().stream()
                .filter(e -> !contentOnly || FindingKinds.isContent(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }
}
