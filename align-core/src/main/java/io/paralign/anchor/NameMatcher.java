package io.paralign.anchor;

import io.paralign.cache.BoundedCache;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Decides whether two anchors from the two sides of a sentence pair stand for the same thing.
 *
 * <p>Numbers, punctuation and Latin tokens match on equal keys. Names match fuzzily across scripts on their
 * {@linkplain AnchorKind#NAME skeletons}: a weighted edit distance where a consonant costs 1, a weak letter (vowel
 * or glide) 0.25, swapping t/d, s/x or k/g 0.5, normalized by the heavier skeleton. A leading Arabic article
 * {@code al} may be dropped on either side for a penalty of 0.1 ({@code المهيري} keeps it, as does
 * {@code Almehairi}; {@code العراق} gives {@code Irak}). Stateless.
 *
 * <p>Threshold 0.75, measured on the NTREX-128 ar-fr documents (1,997 line pairs; 4,086 French capitalized
 * non-initial words and acronyms): 59% find a matching Arabic anchor in the translated line, 1.1% in a random
 * other line (0.70: 61% / 1.5%; 0.80: 54% / 0.7%). Most misses are translated, not transliterated
 * (Assemblée, Grande-Bretagne); most false hits are short names against common words (Sud ~ الصاعد).
 * Skeletons over {@value #MAX_FUZZY_LENGTH} letters match only when equal.
 */
public final class NameMatcher {
    /** Tuned on NTREX ar-fr: see the anchor package documentation. */
    public static final double THRESHOLD = 0.75;

    /** Edit costs in quarters of a consonant: a weak class costs a quarter, a close pair half, a consonant 4. */
    private static final int WEAK = 1;
    private static final int CLOSE = 2;
    /** Dropping the article costs a little: otherwise short names match common Arabic words (Sud ~ الصاعد). */
    private static final double ARTICLE_PENALTY = 0.1;
    /**
     * Longest skeleton compared fuzzily; longer ones match only when equal: the edit distance costs the product of
     * the two lengths. No name comes near; the longest skeletons in Text+Berg and articles-ar-fr-dev (70-85
     * letters) are Arabic sentences written without spaces.
     */
    private static final int MAX_FUZZY_LENGTH = 64;
    /** Latin token key → skeleton: the same tokens are compared with many names. */
    private static final BoundedCache<String, String> LATIN_SKELETONS = new BoundedCache<>(BoundedCache.WORDS, Skeleton::of);

    private NameMatcher() {
    }

    /** Similarity of two skeletons in [0, 1]; 1 when equal, 0 when either has no consonant and they differ. */
    public static double similarity(String skeletonA, String skeletonB) {
        if (skeletonA.equals(skeletonB)) {
            return skeletonA.isEmpty() ? 0 : 1;
        }
        Weighted a = Weighted.of(skeletonA);
        Weighted b = Weighted.of(skeletonB);
        if (a.consonants == 0 || b.consonants == 0) {
            return 0;
        }
        double best = raw(a, b, 0, null);
        if (a.withoutArticle != null) {
            best = Math.max(best, raw(a.withoutArticle, b, 0, null) - ARTICLE_PENALTY);
        }
        if (b.withoutArticle != null) {
            best = Math.max(best, raw(a, b.withoutArticle, 0, null) - ARTICLE_PENALTY);
        }
        return best;
    }

    /** Whether two anchors match; see the class documentation. Anchors of unrelated kinds never match. */
    public static boolean matches(Anchor a, Anchor b) {
        return matches(a, b, NameMatcher::similarEnough);
    }

    private static boolean matches(Anchor a, Anchor b, BiPredicate<String, String> similar) {
        if (a.kind() == b.kind()) {
            return switch (a.kind()) {
                case NUMBER, PUNCT, LATIN -> a.key().equals(b.key());
                case NAME -> a.surface().equalsIgnoreCase(b.surface()) || similar.test(a.key(), b.key());
            };
        }
        if (a.kind() == AnchorKind.LATIN && b.kind() == AnchorKind.NAME) {
            return latinMatchesName(a, b, similar);
        }
        return b.kind() == AnchorKind.LATIN && a.kind() == AnchorKind.NAME && latinMatchesName(b, a, similar);
    }

    private static boolean latinMatchesName(Anchor latin, Anchor name, BiPredicate<String, String> similar) {
        return sameLowerCase(name.surface(), latin.key()) || similar.test(LATIN_SKELETONS.get(latin.key()), name.key());
    }

    /** {@code surface.toLowerCase(Locale.ROOT).equals(lower)}, without lower-casing when the letters differ anyway. */
    private static boolean sameLowerCase(String surface, String lower) {
        if (surface.length() == lower.length() && !surface.equalsIgnoreCase(lower)) {
            return false;
        }
        return surface.toLowerCase(Locale.ROOT).equals(lower);
    }

    /**
     * {@link #matches} for the many comparisons of one alignment: each name's weighted skeleton made once, and the
     * edit distance's rows reused. Decisions are not remembered: remembering the 1,400 of an alignment of the seed
     * pair that needed an edit distance answered 177 of its 2,813 comparisons (6%), and the hash maps cost more than
     * computing those again (NTREX in-process: 3% less allocated, no slower). Not thread-safe.
     */
    public static final class Memo implements BiPredicate<Anchor, Anchor> {
        /** Weighted skeletons kept at most: beyond, they are made again (memory stays bounded on huge documents). */
        private static final int LIMIT = 200_000;
        /**
         * The weighted skeletons of this alignment's names: most of its comparisons are decided by their weights
         * alone, and a look-up here usually meets the very string it was keyed with.
         */
        private final Map<String, Weighted> weighted = new HashMap<>();
        /** This memo's test of two skeletons and its look-up of weighted skeletons, each made once. */
        private final BiPredicate<String, String> similarity = this::similarEnough;
        private final Function<String, Weighted> weights = this::weighted;
        /** The two rows of the edit-distance table, reused by every comparison of this memo. */
        private final Rows rows = new Rows();

        @Override
        public boolean test(Anchor a, Anchor b) {
            return matches(a, b, similarity);
        }

        private boolean similarEnough(String x, String y) {
            return decide(x, y, weights, rows);
        }

        private Weighted weighted(String skeleton) {
            Weighted known = weighted.get(skeleton);
            if (known != null) {
                return known;
            }
            Weighted made = Weighted.of(skeleton);
            if (weighted.size() < LIMIT) {
                weighted.put(skeleton, made);
            }
            return made;
        }
    }

    /** {@code similarity(a, b) >= THRESHOLD}; see {@link #decide}. */
    private static boolean similarEnough(String skeletonA, String skeletonB) {
        return decide(skeletonA, skeletonB, Weighted::of, null);
    }

    /**
     * {@code similarity(a, b) >= THRESHOLD}, computed without the full similarity: the skeletons, then either one
     * without its article (at the article's penalty), are each tried only while their weights allow a match (the
     * distance is at least the difference of the weights), and each edit distance stops as soon as a row's minimum
     * rules it out. Never similar when either skeleton has no consonant. {@code rows}, when given, holds the table's
     * rows; null makes new ones.
     */
    private static boolean decide(String skeletonA, String skeletonB, Function<String, Weighted> weighted,
                                  Rows rows) {
        if (skeletonA.equals(skeletonB)) {
            return !skeletonA.isEmpty();
        }
        if (skeletonA.length() > MAX_FUZZY_LENGTH || skeletonB.length() > MAX_FUZZY_LENGTH) {
            return false;
        }
        Weighted a = weighted.apply(skeletonA);
        Weighted b = weighted.apply(skeletonB);
        if (a.consonants == 0 || b.consonants == 0) {
            return false;
        }
        for (int variant = 0; variant < 3; variant++) {
            Weighted x = variant == 1 ? a.withoutArticle : a;
            Weighted y = variant == 2 ? b.withoutArticle : b;
            double penalty = variant == 0 ? 0 : ARTICLE_PENALTY;
            if (x != null && y != null && weightsAllow(x, y, penalty)
                    && raw(x, y, THRESHOLD + penalty, rows) - penalty >= THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    /** The distance is at least the difference of the weights: whether that still leaves the threshold reachable. */
    private static boolean weightsAllow(Weighted a, Weighted b, double penalty) {
        double wa = a.weight();
        double wb = b.weight();
        double max = Math.max(wa, wb);
        double lengthBound = max == 0 ? 1 : 1 - Math.abs(wa - wb) / max;
        return lengthBound - penalty >= THRESHOLD;
    }

    /**
     * Similarity {@code 1 - distance / heavier weight}, or 0 as soon as it is sure to fall below {@code floor}: the
     * minimum of a row of the edit-distance table never decreases further down. Costs are counted in quarters, so
     * the table holds exact integers. {@code rows}, when given, must hold {@code b}'s length + 1; null makes new ones.
     */
    private static double raw(Weighted a, Weighted b, double floor, Rows rows) {
        double maxWeight = Math.max(a.weight(), b.weight());
        double giveUp = (1 - floor) * maxWeight + 1e-9;
        int n = b.classes.length;
        int[] previous = rows == null ? new int[n + 1] : rows.previous;
        int[] current = rows == null ? new int[n + 1] : rows.current;
        previous[0] = 0;
        for (int j = 1; j <= n; j++) {
            previous[j] = previous[j - 1] + b.costs[j - 1];
        }
        for (int i = 0; i < a.classes.length; i++) {
            char ca = a.classes[i];
            int costA = a.costs[i];
            current[0] = previous[0] + costA;
            int rowMin = current[0];
            for (int j = 1; j <= n; j++) {
                current[j] = Math.min(previous[j - 1] + substitution(ca, b.classes[j - 1]),
                        Math.min(previous[j] + costA, current[j - 1] + b.costs[j - 1]));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin / 4.0 > giveUp) {
                return 0;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0, 1 - (previous[n] / 4.0) / maxWeight);
    }

    /** Two rows of the edit-distance table, long enough for any skeleton compared fuzzily. */
    private static final class Rows {
        final int[] previous = new int[MAX_FUZZY_LENGTH + 1];
        final int[] current = new int[MAX_FUZZY_LENGTH + 1];
    }

    /** Cost of inserting or deleting a class, in quarters. */
    private static int cost(char cls) {
        return Skeleton.isWeak(cls) ? WEAK : 4;
    }

    /** Cost of substituting one class for another, in quarters. */
    private static int substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        if (Skeleton.isWeak(x) && Skeleton.isWeak(y)) {
            return WEAK;
        }
        return isClosePair(x, y) || isClosePair(y, x) ? CLOSE : 4;
    }

    private static boolean isClosePair(char x, char y) {
        return (x == 'd' && y == 't') || (x == 's' && y == 'x') || (x == 'g' && y == 'k');
    }

    /**
     * A skeleton ready for the edit distance: its classes, their costs in quarters, its consonant count, and the
     * skeleton without a leading article {@code al} (null when it has none or would keep fewer than two
     * consonants). Made once per skeleton: the same names are compared with many others.
     */
    private static final class Weighted {
        private static final BoundedCache<String, Weighted> KNOWN = new BoundedCache<>(BoundedCache.WORDS, Weighted::make);

        final char[] classes;
        final int[] costs;
        final int quarters;
        final int consonants;
        final Weighted withoutArticle;

        private Weighted(String skeleton, Weighted withoutArticle) {
            this.classes = skeleton.toCharArray();
            this.costs = new int[classes.length];
            int sum = 0;
            for (int i = 0; i < classes.length; i++) {
                costs[i] = cost(classes[i]);
                sum += costs[i];
            }
            this.quarters = sum;
            this.consonants = Skeleton.consonants(skeleton);
            this.withoutArticle = withoutArticle;
        }

        static Weighted of(String skeleton) {
            return KNOWN.get(skeleton);
        }

        private static Weighted make(String skeleton) {
            boolean article = skeleton.startsWith("al") && Skeleton.consonants(skeleton) >= 3;
            return new Weighted(skeleton, article ? new Weighted(skeleton.substring(2), null) : null);
        }

        double weight() {
            return quarters / 4.0;
        }
    }
}
