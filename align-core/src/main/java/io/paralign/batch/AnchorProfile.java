package io.paralign.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorExtractor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.NameMatcher;

/**
 * The distinct anchors of a whole document, for comparing documents: numbers and Latin tokens by exact key, names
 * also fuzzily across scripts ({@link NameMatcher}). Punctuation is left out: every article has some.
 */
final class AnchorProfile {
    /** Exact keys ({@code n:2019}, {@code w:huawei}) with the weight of their weightiest anchor. */
    private final Map<String, Double> keys = new HashMap<>();
    /** Name and Latin-token anchors, one per key, for the fuzzy comparison. */
    private final List<Anchor> names = new ArrayList<>();
    private final double weight;

    /** Least matched anchor weight, on each side, for a pair. */
    static final double MIN_SHARED = 3.0;

    AnchorProfile(String text, String language, AnchorExtractor extractor) {
        Map<String, Anchor> distinctNames = new HashMap<>();
        for (Anchor anchor : extractor.extract(text, 0, language)) {
            switch (anchor.kind()) {
                case NUMBER -> keys.merge("n:" + anchor.key(), anchor.weight(), Math::max);
                case LATIN -> {
                    keys.merge("w:" + anchor.key(), anchor.weight(), Math::max);
                    distinctNames.putIfAbsent("l:" + anchor.key(), anchor);
                }
                case NAME -> {
                    if (Character.UnicodeScript.of(anchor.surface().codePointAt(0)) == Character.UnicodeScript.LATIN) {
                        keys.merge("w:" + anchor.surface().toLowerCase(Locale.ROOT), anchor.weight(), Math::max);
                    }
                    distinctNames.putIfAbsent("m:" + anchor.key(), anchor);
                }
                case PUNCT -> { }
            }
        }
        names.addAll(distinctNames.values());
        weight = keys.values().stream().mapToDouble(Double::doubleValue).sum()
                + names.stream().filter(a -> a.kind() == AnchorKind.NAME).mapToDouble(Anchor::weight).sum();
    }

    /** Weighted share of exact keys the two profiles share, in [0, 1]: a cheap first filter. */
    double exact(AnchorProfile other) {
        double total = weight + other.weight;
        return total == 0 ? 0 : (sharedKeys(this, other) + sharedKeys(other, this)) / total;
    }

    /**
     * The larger of the two sides' matched shares, in [0, 1]: of a side's anchors (by weight), the share that finds
     * a counterpart on the other side, exactly or as a name across scripts. The larger share, because the sides
     * differ in how many candidates they hold: names in an uncased script are every other word, and most of them
     * match nothing on the other side even in a faithful translation. 0 when less than {@link #MIN_SHARED} is
     * matched, so that two stubs sharing a year do not make a pair.
     */
    double full(AnchorProfile other) {
        double mine = sharedKeys(this, other) + fuzzy(this, other);
        double theirs = sharedKeys(other, this) + fuzzy(other, this);
        if (Math.min(mine, theirs) < MIN_SHARED) {
            return 0;
        }
        return Math.min(1, Math.max(share(mine, weight), share(theirs, other.weight)));
    }

    private static double share(double matched, double weight) {
        return weight == 0 ? 0 : matched / weight;
    }

    /** Weight of a's exact keys that b holds too. */
    private static double sharedKeys(AnchorProfile a, AnchorProfile b) {
        double shared = 0;
        for (Map.Entry<String, Double> key : a.keys.entrySet()) {
            if (b.keys.containsKey(key.getKey())) {
                shared += key.getValue();
            }
        }
        return shared;
    }

    /** Weight of a's names that match some name or Latin token of b. */
    private static double fuzzy(AnchorProfile a, AnchorProfile b) {
        double matched = 0;
        for (Anchor name : a.names) {
            if (name.kind() == AnchorKind.NAME && b.names.stream().anyMatch(other -> NameMatcher.matches(name, other))) {
                matched += name.weight();
            }
        }
        return matched;
    }
}
