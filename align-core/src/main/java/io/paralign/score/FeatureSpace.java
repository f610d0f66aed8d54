package io.paralign.score;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.NameMatcher;
import io.paralign.cancel.Cancellation;
import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Maps both sides' stems and anchors into one space of integer concepts, so that a bead's evidence is an
 * intersection of sorted arrays. Target stems are concepts; a source stem stands for itself (identical stems,
 * numbers and cognate prefixes) and for its {@link Lexicon} translations. Anchors that match across the two
 * documents ({@link NameMatcher}) share a concept; anchors with no possible partner are dropped, except numbers and
 * Latin tokens, which stay as one-sided evidence. Each anchor weighs its prior weight over the square root of the
 * number of sentences holding it, so rare anchors count more.
 *
 * @param source       source sentence units
 * @param target       target sentence units
 * @param strongAnchor per anchor concept, whether a one-sided occurrence counts against a bead
 * @param stranded     per anchor concept, whether it names what a sentence is about ({@link StrandedAnchors})
 */
public record FeatureSpace(Units source, Units target, boolean[] strongAnchor, StrandedAnchors stranded) {

    /**
     * The features of the source text against a target prepared once ({@link Shared}): only the source side depends
     * on the lexicon, so the passes of one alignment share the anchor links and the whole target side.
     */
    public static FeatureSpace build(SideText source, Shared shared, Lexicon lexicon) {
        AnchorConcepts concepts = shared.links.concepts();
        Units sourceUnits = units(source, sourceTokens(source, shared.vocabulary, lexicon), concepts.source(),
                concepts.strong().length);
        return new FeatureSpace(sourceUnits, shared.target, concepts.strong(),
                new StrandedAnchors(concepts.identifying()));
    }

    /** What does not depend on the lexicon: the anchor links of the two texts, the target's stems and units. */
    public static final class Shared {
        private final AnchorLinks links;
        private final Stems vocabulary;
        private final Units target;

        private Shared(AnchorLinks links, Stems vocabulary, Units target) {
            this.links = links;
            this.vocabulary = vocabulary;
            this.target = target;
        }

        /** The target side's features, with the links made between the two texts. */
        public static Shared of(SideText target, AnchorLinks links) {
            TokenIds targetTokens = targetTokens(target);
            AnchorConcepts concepts = links.concepts();
            return new Shared(links, target.stems(),
                    units(target, targetTokens, concepts.target(), concepts.strong().length));
        }
    }

    /** Per sentence, sorted distinct concept ids and how many distinct stems they come from. */
    private record TokenIds(int[][] ids, int[] counts) {
    }

    /** Target stems, each a concept: its number in the target's {@link Stems}. */
    private static TokenIds targetTokens(SideText target) {
        int[][] tokens = new int[target.size()][];
        int[] counts = new int[target.size()];
        for (int s = 0; s < target.size(); s++) {
            Cancellation.check("feature building");
            int[] ids = target.stemIds()[s];
            tokens[s] = sortedDistinct(ids, ids.length);
            counts[s] = tokens[s].length;
        }
        return new TokenIds(tokens, counts);
    }

    /** Source stems as the target concepts they stand for; each distinct stem is projected once. */
    private static TokenIds sourceTokens(SideText source, Stems vocabulary, Lexicon lexicon) {
        int[][] tokens = new int[source.size()][];
        int[] counts = new int[source.size()];
        int[][] projections = new int[source.stems().size()][];
        Projection projection = new Projection(vocabulary);
        int[] lastSentence = new int[projections.length];
        Arrays.fill(lastSentence, -1);
        for (int s = 0; s < source.size(); s++) {
            Cancellation.check("feature building");
            int[] projected = new int[8];
            int n = 0;
            for (int id : source.stemIds()[s]) {
                if (lastSentence[id] == s) {
                    continue;
                }
                lastSentence[id] = s;
                counts[s]++;
                int[] concepts = projections[id];
                if (concepts == null) {
                    concepts = projection.of(source.stems().stem(id), lexicon);
                    projections[id] = concepts;
                }
                for (int concept : concepts) {
                    projected = append(projected, n++, concept);
                }
            }
            tokens[s] = sortedDistinct(projected, n);
        }
        return new TokenIds(tokens, counts);
    }

    /**
     * The target concepts a source stem stands for: itself when the target has it, then its translations. A concept
     * may come twice (a stem that translates to itself, a translation in both tables of a merged lexicon): the
     * sentence's concepts are made distinct afterwards.
     */
    private static final class Projection implements Consumer<String> {
        private final Stems vocabulary;
        private int[] ids = new int[8];
        private int size;

        Projection(Stems vocabulary) {
            this.vocabulary = vocabulary;
        }

        int[] of(String stem, Lexicon lexicon) {
            size = 0;
            accept(stem);
            lexicon.forEachTranslation(stem, this);
            return Arrays.copyOf(ids, size);
        }

        @Override
        public void accept(String targetStem) {
            int id = vocabulary.find(targetStem);
            if (id >= 0) {
                ids = append(ids, size++, id);
            }
        }
    }

    private static int[] append(int[] values, int size, int value) {
        int[] out = size == values.length ? Arrays.copyOf(values, 2 * size) : values;
        out[size] = value;
        return out;
    }

    /** The first {@code size} values, sorted, repeats dropped. */
    private static int[] sortedDistinct(int[] values, int size) {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (n == 0 || sorted[n - 1] != sorted[k]) {
                sorted[n++] = sorted[k];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    private static Units units(SideText side, TokenIds tokens, AnchorConcepts.SideAnchors anchors, int concepts) {
        int n = side.size();
        int[] df = new int[concepts];
        int[] lastSentence = new int[concepts];
        Arrays.fill(lastSentence, -1);
        for (int s = 0; s < n; s++) {
            for (int id : anchors.ids()[s]) {
                if (lastSentence[id] != s) {
                    lastSentence[id] = s;
                    df[id]++;
                }
            }
        }
        float[][] weights = new float[n][];
        int[][] sortedIds = new int[n][];
        for (int s = 0; s < n; s++) {
            Cancellation.check("feature building");
            int[] ids = anchors.ids()[s];
            double[] base = anchors.weights()[s];
            // id in the high half, position in the low half: sorting these longs is a stable sort by id
            long[] order = new long[ids.length];
            for (int k = 0; k < ids.length; k++) {
                order[k] = ((long) ids[k] << 32) | k;
            }
            Arrays.sort(order);
            sortedIds[s] = new int[ids.length];
            weights[s] = new float[ids.length];
            for (int k = 0; k < ids.length; k++) {
                int id = (int) (order[k] >>> 32);
                int at = (int) order[k];
                sortedIds[s][k] = id;
                weights[s][k] = (float) (base[at] / Math.sqrt(Math.max(1, df[id])));
            }
        }
        return new Units(side.lengths(), tokens.ids(), tokens.counts(), sortedIds, weights, side.heading(),
                side.expendable(), side.endsParagraph());
    }

    /** Anchors of two texts linked into shared concepts (the costly part: fuzzy name matching). */
    public static final class AnchorLinks {
        private final AnchorConcepts concepts;

        private AnchorLinks(AnchorConcepts concepts) {
            this.concepts = concepts;
        }

        /**
         * Links with a given match test: {@link NameMatcher#matches}, or a {@link NameMatcher.Memo}.
         *
         * @param candidates how many target anchors sharing its first letter a name or Latin token is compared
         *                   with at most (equal keys always match): see {@link #cappedTypes()}
         */
        public static AnchorLinks of(SideText source, SideText target, BiPredicate<Anchor, Anchor> matches,
                                     int candidates) {
            return new AnchorLinks(AnchorConcepts.link(source.anchors(), target.anchors(), matches, candidates));
        }

        /** Distinct source anchors that had more fuzzy candidates than allowed, so compared with only some. */
        public int cappedTypes() {
            return concepts.cappedTypes();
        }

        AnchorConcepts concepts() {
            return concepts;
        }
    }
}
