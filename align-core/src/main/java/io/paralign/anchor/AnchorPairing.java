package io.paralign.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Anchors of two aligned texts paired one to one: each source anchor takes the first unpaired target anchor that
 * {@link NameMatcher#matches matches} it, strongest anchors first.
 *
 * @param pairs          matched (source, target) anchors
 * @param sourceOnly     source anchors with no partner
 * @param targetOnly     target anchors with no partner
 */
public record AnchorPairing(List<Pair> pairs, List<Anchor> sourceOnly, List<Anchor> targetOnly) {
    public AnchorPairing {
        pairs = List.copyOf(pairs);
        sourceOnly = List.copyOf(sourceOnly);
        targetOnly = List.copyOf(targetOnly);
    }

    public static AnchorPairing of(List<Anchor> source, List<Anchor> target) {
        return of(source, target, NameMatcher::matches);
    }

    /** The same with a given match test, e.g. a {@link NameMatcher.Memo} shared by one alignment. */
    public static AnchorPairing of(List<Anchor> source, List<Anchor> target, BiPredicate<Anchor, Anchor> matches) {
        List<Anchor> ordered = new ArrayList<>(source);
        ordered.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        List<Anchor> pool = new ArrayList<>(target);
        List<Pair> pairs = new ArrayList<>();
        List<Anchor> sourceOnly = new ArrayList<>();
        for (Anchor anchor : ordered) {
            int partner = firstMatch(anchor, pool, matches);
            if (partner < 0) {
                sourceOnly.add(anchor);
            } else {
                pairs.add(new Pair(anchor, pool.remove(partner)));
            }
        }
        sourceOnly.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        pairs.sort((a, b) -> Integer.compare(a.source().span().start(), b.source().span().start()));
        return new AnchorPairing(pairs, sourceOnly, pool);
    }

    private static int firstMatch(Anchor anchor, List<Anchor> pool, BiPredicate<Anchor, Anchor> matches) {
        for (int k = 0; k < pool.size(); k++) {
            if (matches.test(anchor, pool.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** One anchor found on both sides. */
    public record Pair(Anchor source, Anchor target) {
    }
}
