package io.paralign.diverge;

import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The spans of duplicated-block flags of one side, sorted by start with the running maximum of their ends, so that
 * whether a span overlaps any of them takes a binary search: some repeat overlaps {@code [s, e)} exactly when the
 * largest end among the repeats starting before {@code e} exceeds {@code s}.
 */
final class RepeatSpans {
    private final int[] starts;
    private final int[] maxEnds;

    private RepeatSpans(int[] starts, int[] maxEnds) {
        this.starts = starts;
        this.maxEnds = maxEnds;
    }

    static RepeatSpans of(List<Flag> repeats, Side side) {
        Span[] spans = repeats.stream().filter(r -> r.side() == side).map(Flag::span)
                .sorted(Comparator.comparingInt(Span::start)).toArray(Span[]::new);
        int[] starts = new int[spans.length];
        int[] maxEnds = new int[spans.length];
        for (int k = 0; k < spans.length; k++) {
            starts[k] = spans[k].start();
            maxEnds[k] = Math.max(spans[k].end(), k == 0 ? Integer.MIN_VALUE : maxEnds[k - 1]);
        }
        return new RepeatSpans(starts, maxEnds);
    }

    /** Whether any repeat overlaps the span, as {@link Span#overlaps} says. */
    boolean overlap(Span span) {
        int k = Arrays.binarySearch(starts, span.end());
        // the last repeat starting strictly before span.end()
        int last = k >= 0 ? firstAt(k) - 1 : -k - 2;
        return last >= 0 && maxEnds[last] > span.start();
    }

    /** The first index holding the same start as index {@code k}. */
    private int firstAt(int k) {
        while (k > 0 && starts[k - 1] == starts[k]) {
            k--;
        }
        return k;
    }
}
