package io.paralign.anchor;

import io.paralign.cache.BoundedCache;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

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
 */
public final class NameMatcher {
    /** Tuned on NTREX ar-fr: see the anchor package documentation. */
    public static final double THRESHOLD = 0.75;

    private static final double WEAK = 0.25;
    private static final double CLOSE = 0.5;
    /** Dropping the article costs a little: otherwise short names match common Arabic words (Sud ~ الصاعد). */
    private static final double ARTICLE_PENALTY = 0.1;
    /** Latin token key → skeleton: the same tokens are compared with many names. */
    private static final BoundedCache<String, String> LATIN_SKELETONS = new BoundedCache<>(100_000, Skeleton::of);

    private NameMatcher() {
    }

    /** Similarity of two skeletons in [0, 1]; 1 when equal, 0 when either has no consonant and they differ. */
    public static double similarity(String skeletonA, String skeletonB) {
        if (skeletonA.equals(skeletonB)) {
            return skeletonA.isEmpty() ? 0 : 1;
        }
        if (Skeleton.consonants(skeletonA) == 0 || Skeleton.consonants(skeletonB) == 0) {
            return 0;
        }
        double best = raw(skeletonA, skeletonB, 0);
        String a = withoutArticle(skeletonA);
        String b = withoutArticle(skeletonB);
        if (a != skeletonA) {
            best = Math.max(best, raw(a, skeletonB, 0) - ARTICLE_PENALTY);
        }
        if (b != skeletonB) {
            best = Math.max(best, raw(skeletonA, b, 0) - ARTICLE_PENALTY);
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
     * {@link #matches} with its decisions on skeleton pairs remembered, for the many comparisons of one alignment
     * (linking the two texts' anchors, then pairing them bead by bead meet the same names again). Not thread-safe.
     */
    public static final class Memo implements BiPredicate<Anchor, Anchor> {
        /** Decisions kept at most: beyond, they are computed again (memory stays bounded on huge documents). */
        private static final int LIMIT = 200_000;
        private final Map<String, Map<String, Boolean>> similar = new HashMap<>();
        private int size;

        @Override
        public boolean test(Anchor a, Anchor b) {
            return matches(a, b, this::similarEnough);
        }

        private boolean similarEnough(String x, String y) {
            Map<String, Boolean> row = similar.get(x);
            Boolean known = row == null ? null : row.get(y);
            if (known != null) {
                return known;
            }
            boolean decided = NameMatcher.similarEnough(x, y);
            if (size < LIMIT) {
                similar.computeIfAbsent(x, k -> new HashMap<>()).put(y, decided);
                size++;
            }
            return decided;
        }
    }

    /**
     * {@code similarity(a, b) >= THRESHOLD}, computed without the full similarity: each variant (with and without
     * the article) is tried only while its weights allow it (the distance is at least the difference of the
     * weights), and its edit distance stops as soon as a row's minimum rules it out.
     */
    private static boolean similarEnough(String a, String b) {
        if (a.equals(b)) {
            return !a.isEmpty();
        }
        if (Skeleton.consonants(a) == 0 || Skeleton.consonants(b) == 0) {
            return false;
        }
        if (reaches(a, b, 0)) {
            return true;
        }
        String strippedA = withoutArticle(a);
        String strippedB = withoutArticle(b);
        return (strippedA != a && reaches(strippedA, b, ARTICLE_PENALTY))
                || (strippedB != b && reaches(a, strippedB, ARTICLE_PENALTY));
    }

    /** {@code raw(a, b) - penalty >= THRESHOLD}. */
    private static boolean reaches(String a, String b, double penalty) {
        double wa = weight(a);
        double wb = weight(b);
        return lengthBound(wa, wb) - penalty >= THRESHOLD
                && raw(a, b, Math.max(wa, wb), THRESHOLD + penalty) - penalty >= THRESHOLD;
    }

    private static double lengthBound(double wa, double wb) {
        double max = Math.max(wa, wb);
        return max == 0 ? 1 : 1 - Math.abs(wa - wb) / max;
    }

    private static String withoutArticle(String skeleton) {
        return skeleton.startsWith("al") && Skeleton.consonants(skeleton) >= 3 ? skeleton.substring(2) : skeleton;
    }

    /**
     * Similarity {@code 1 - distance / heavier weight}, or 0 as soon as it is sure to fall below {@code floor}: the
     * minimum of a row of the edit-distance table never decreases further down.
     */
    private static double raw(String a, String b, double floor) {
        return raw(a, b, Math.max(weight(a), weight(b)), floor);
    }

    private static double raw(String a, String b, double maxWeight, double floor) {
        int n = b.length();
        double giveUp = (1 - floor) * maxWeight + 1e-9;
        double[] previous = new double[n + 1];
        double[] current = new double[n + 1];
        double[] costB = new double[n];
        for (int j = 1; j <= n; j++) {
            costB[j - 1] = cost(b.charAt(j - 1));
            previous[j] = previous[j - 1] + costB[j - 1];
        }
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            double costA = cost(ca);
            current[0] = previous[0] + costA;
            double rowMin = current[0];
            for (int j = 1; j <= n; j++) {
                current[j] = Math.min(previous[j - 1] + substitution(ca, b.charAt(j - 1)),
                        Math.min(previous[j] + costA, current[j - 1] + costB[j - 1]));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > giveUp) {
                return 0;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0, 1 - previous[n] / maxWeight);
    }

    private static double cost(char cls) {
        return Skeleton.isWeak(cls) ? WEAK : 1;
    }

    private static double substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        if (Skeleton.isWeak(x) && Skeleton.isWeak(y)) {
            return WEAK;
        }
        return isClosePair(x, y) || isClosePair(y, x) ? CLOSE : 1;
    }

    private static boolean isClosePair(char x, char y) {
        return (x == 'd' && y == 't') || (x == 's' && y == 'x') || (x == 'g' && y == 'k');
    }

    private static double weight(String skeleton) {
        double w = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            w += cost(skeleton.charAt(i));
        }
        return w;
    }
}
