package io.paralign.score;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.NameMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

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
 */
public record FeatureSpace(Units source, Units target, boolean[] strongAnchor) {

    /**
     * The features of the source text against a target prepared once ({@link Shared}): only the source side depends
     * on the lexicon, so the passes of one alignment share the anchor links and the whole target side.
     */
    public static FeatureSpace build(SideText source, Shared shared, Lexicon lexicon) {
        AnchorConcepts concepts = shared.links.concepts();
        Units sourceUnits = units(source, sourceTokens(source, shared.vocabulary, lexicon), concepts.source(),
                concepts.strong().length);
        return new FeatureSpace(sourceUnits, shared.target, concepts.strong());
    }

    /** What does not depend on the lexicon: the anchor links of the two texts, the target's stems and units. */
    public static final class Shared {
        private final AnchorLinks links;
        private final Map<String, Integer> vocabulary;
        private final Units target;

        private Shared(AnchorLinks links, Map<String, Integer> vocabulary, Units target) {
            this.links = links;
            this.vocabulary = vocabulary;
            this.target = target;
        }

        /** The target side's features, with the links made between the two texts. */
        public static Shared of(SideText target, AnchorLinks links) {
            Map<String, Integer> vocabulary = new HashMap<>();
            TokenIds targetTokens = targetTokens(target, vocabulary);
            AnchorConcepts concepts = links.concepts();
            return new Shared(links, vocabulary,
                    units(target, targetTokens, concepts.target(), concepts.strong().length));
        }
    }

    /** Per sentence, sorted distinct concept ids and how many distinct stems they come from. */
    private record TokenIds(int[][] ids, int[] counts) {
    }

    /** Target stems numbered in order of appearance into {@code vocabulary}: each is a concept. */
    private static TokenIds targetTokens(SideText target, Map<String, Integer> vocabulary) {
        int[][] tokens = new int[target.size()][];
        int[] counts = new int[target.size()];
        for (int s = 0; s < target.size(); s++) {
            List<String> stems = target.tokens().get(s);
            int[] ids = new int[stems.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = vocabulary.computeIfAbsent(stems.get(k), x -> vocabulary.size());
            }
            tokens[s] = sortedDistinct(ids, ids.length);
            counts[s] = tokens[s].length;
        }
        return new TokenIds(tokens, counts);
    }

    /** Source stems as the target concepts they stand for; each distinct stem is projected once. */
    private static TokenIds sourceTokens(SideText source, Map<String, Integer> vocabulary, Lexicon lexicon) {
        int[][] tokens = new int[source.size()][];
        int[] counts = new int[source.size()];
        Map<String, Integer> stemIds = new HashMap<>();
        List<int[]> projections = new ArrayList<>();
        int[] lastSentence = new int[16];
        for (int s = 0; s < source.size(); s++) {
            int[] projected = new int[8];
            int n = 0;
            for (String stem : source.tokens().get(s)) {
                Integer id = stemIds.get(stem);
                if (id == null) {
                    id = projections.size();
                    stemIds.put(stem, id);
                    projections.add(project(stem, vocabulary, lexicon));
                    if (id == lastSentence.length) {
                        lastSentence = Arrays.copyOf(lastSentence, 2 * id);
                    }
                    lastSentence[id] = -1;
                }
                if (lastSentence[id] == s) {
                    continue;
                }
                lastSentence[id] = s;
                counts[s]++;
                for (int concept : projections.get(id)) {
                    projected = append(projected, n++, concept);
                }
            }
            tokens[s] = sortedDistinct(projected, n);
        }
        return new TokenIds(tokens, counts);
    }

    /** The target concepts a source stem stands for: itself when the target has it, then its translations. */
    private static int[] project(String stem, Map<String, Integer> vocabulary, Lexicon lexicon) {
        int[] ids = new int[1 + lexicon.translations(stem).size()];
        int n = 0;
        Integer same = vocabulary.get(stem);
        if (same != null) {
            ids[n++] = same;
        }
        for (String translation : lexicon.translations(stem)) {
            Integer id = vocabulary.get(translation);
            if (id != null) {
                ids[n++] = id;
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
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

    private static Units units(SideText side, TokenIds tokens, SideAnchors anchors, int concepts) {
        int n = side.size();
        int[] df = new int[concepts];
        for (int[] ids : anchors.ids()) {
            Arrays.stream(ids).distinct().forEach(id -> df[id]++);
        }
        float[][] weights = new float[n][];
        int[][] sortedIds = new int[n][];
        for (int s = 0; s < n; s++) {
            int[] ids = anchors.ids()[s];
            double[] base = anchors.weights()[s];
            Integer[] order = new Integer[ids.length];
            for (int k = 0; k < ids.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
            sortedIds[s] = new int[ids.length];
            weights[s] = new float[ids.length];
            for (int k = 0; k < ids.length; k++) {
                int id = ids[order[k]];
                sortedIds[s][k] = id;
                weights[s][k] = (float) (base[order[k]] / Math.sqrt(Math.max(1, df[id])));
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

        /** Links with a given match test: {@link NameMatcher#matches}, or a {@link NameMatcher.Memo}. */
        public static AnchorLinks of(SideText source, SideText target, BiPredicate<Anchor, Anchor> matches) {
            return new AnchorLinks(AnchorConcepts.link(source.anchors(), target.anchors(), matches));
        }

        AnchorConcepts concepts() {
            return concepts;
        }
    }

    /** Per sentence, the concept id and prior weight of each anchor kept. */
    record SideAnchors(int[][] ids, double[][] weights) {
    }

    /** Anchor concepts of both sides: per sentence the concept id of each kept anchor. */
    record AnchorConcepts(SideAnchors source, SideAnchors target, boolean[] strong) {

        static AnchorConcepts link(List<List<Anchor>> source, List<List<Anchor>> target,
                                   BiPredicate<Anchor, Anchor> matches) {
            String[][] sourceTypeOf = typesOf(source);
            String[][] targetTypeOf = typesOf(target);
            Map<String, Anchor> sourceTypes = types(source, sourceTypeOf);
            Map<String, Anchor> targetTypes = types(target, targetTypeOf);
            Map<String, Integer> sourceConcept = new HashMap<>();
            Map<String, Integer> targetConcept = new HashMap<>();
            List<Boolean> strong = new ArrayList<>();
            Map<Character, List<Map.Entry<String, Anchor>>> targetBlocks = new HashMap<>();
            for (Map.Entry<String, Anchor> type : targetTypes.entrySet()) {
                targetBlocks.computeIfAbsent(block(type.getValue()), k -> new ArrayList<>()).add(type);
            }
            for (Map.Entry<String, Anchor> entry : sourceTypes.entrySet()) {
                Anchor a = entry.getValue();
                for (Map.Entry<String, Anchor> candidate : targetBlocks.getOrDefault(block(a), List.of())) {
                    String targetType = candidate.getKey();
                    if (matches.test(a, candidate.getValue())) {
                        Integer id = targetConcept.get(targetType);
                        if (id == null) {
                            id = sourceConcept.computeIfAbsent(entry.getKey(), k -> newConcept(strong, a));
                            targetConcept.put(targetType, id);
                        } else {
                            sourceConcept.putIfAbsent(entry.getKey(), id);
                        }
                    }
                }
            }
            sourceTypes.forEach((type, a) -> {
                if (isStrong(a)) {
                    sourceConcept.computeIfAbsent(type, k -> newConcept(strong, a));
                }
            });
            targetTypes.forEach((type, a) -> {
                if (isStrong(a)) {
                    targetConcept.computeIfAbsent(type, k -> newConcept(strong, a));
                }
            });
            SideAnchors sourceIds = ids(source, sourceTypeOf, sourceConcept);
            SideAnchors targetIds = ids(target, targetTypeOf, targetConcept);
            boolean[] strongArray = new boolean[strong.size()];
            for (int k = 0; k < strongArray.length; k++) {
                strongArray[k] = strong.get(k);
            }
            return new AnchorConcepts(sourceIds, targetIds, strongArray);
        }

        private static int newConcept(List<Boolean> strong, Anchor a) {
            strong.add(isStrong(a));
            return strong.size() - 1;
        }

        private static boolean isStrong(Anchor a) {
            return a.kind() == AnchorKind.NUMBER || a.kind() == AnchorKind.LATIN;
        }

        private static char block(Anchor a) {
            return a.kind() == AnchorKind.NUMBER || a.kind() == AnchorKind.PUNCT || a.key().isEmpty()
                    ? '#' : Character.toLowerCase(a.key().charAt(0));
        }

        private static String type(Anchor a) {
            return a.kind() + "\u0000" + a.key() + "\u0000" + a.surface().toLowerCase(java.util.Locale.ROOT);
        }

        /** Per sentence, the type of each anchor, made once: types are looked up several times. */
        private static String[][] typesOf(List<List<Anchor>> sentences) {
            String[][] types = new String[sentences.size()][];
            for (int s = 0; s < types.length; s++) {
                List<Anchor> anchors = sentences.get(s);
                types[s] = new String[anchors.size()];
                for (int k = 0; k < types[s].length; k++) {
                    types[s][k] = type(anchors.get(k));
                }
            }
            return types;
        }

        private static Map<String, Anchor> types(List<List<Anchor>> sentences, String[][] typeOf) {
            Map<String, Anchor> types = new LinkedHashMap<>();
            for (int s = 0; s < typeOf.length; s++) {
                for (int k = 0; k < typeOf[s].length; k++) {
                    types.putIfAbsent(typeOf[s][k], sentences.get(s).get(k));
                }
            }
            return types;
        }

        private static SideAnchors ids(List<List<Anchor>> sentences, String[][] typeOf, Map<String, Integer> concepts) {
            int[][] ids = new int[sentences.size()][];
            double[][] weights = new double[sentences.size()][];
            for (int s = 0; s < ids.length; s++) {
                int[] kept = new int[typeOf[s].length];
                double[] keptWeights = new double[kept.length];
                int n = 0;
                for (int k = 0; k < kept.length; k++) {
                    Integer id = concepts.get(typeOf[s][k]);
                    if (id != null) {
                        kept[n] = id;
                        keptWeights[n++] = sentences.get(s).get(k).weight();
                    }
                }
                ids[s] = Arrays.copyOf(kept, n);
                weights[s] = Arrays.copyOf(keptWeights, n);
            }
            return new SideAnchors(ids, weights);
        }
    }
}
