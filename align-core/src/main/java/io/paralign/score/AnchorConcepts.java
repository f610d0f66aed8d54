package io.paralign.score;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.cancel.Cancellation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Anchor concepts of both sides: per sentence the concept id of each kept anchor. Each distinct source anchor
 * (its type: kind, key, surface) is linked to every matching target type, and linked types share one concept.
 *
 * <p>Numbers and punctuation match on equal keys, so their partners are looked up in an index of target types by
 * kind and key. Names and Latin tokens match fuzzily, so they are compared with the target types whose key starts
 * with the same letter (a block), in order; when a block holds more than {@code candidates} types, only its first
 * {@code candidates} are compared, plus any type of the same kind and the same key further on (these always
 * match). That keeps linking linear in the number of types; {@link #cappedTypes} says how often it happened.
 *
 * @param source      source sentences' anchor concepts
 * @param target      target sentences' anchor concepts
 * @param strong      per concept, whether a one-sided occurrence counts against a bead
 * @param identifying per concept, whether it names what a sentence is about (a name, a number, a Latin token),
 *                    as punctuation does not
 * @param cappedTypes distinct source anchors compared with only the first candidates of their block
 */
record AnchorConcepts(SideAnchors source, SideAnchors target, boolean[] strong, boolean[] identifying, int cappedTypes) {

    /** Per sentence, the concept id and prior weight of each anchor kept. */
    record SideAnchors(int[][] ids, double[][] weights) {
    }

    static AnchorConcepts link(List<List<Anchor>> source, List<List<Anchor>> target,
                               BiPredicate<Anchor, Anchor> matches, int candidates) {
        Type[][] sourceTypeOf = typesOf(source);
        Type[][] targetTypeOf = typesOf(target);
        Map<Type, Anchor> sourceTypes = types(source, sourceTypeOf);
        Map<Type, Anchor> targetTypes = types(target, targetTypeOf);
        Linker linker = new Linker(targetTypes, matches, candidates);
        for (Map.Entry<Type, Anchor> entry : sourceTypes.entrySet()) {
            Cancellation.check("anchor linking");
            linker.link(entry.getKey(), entry.getValue());
        }
        sourceTypes.forEach((type, a) -> {
            if (isStrong(a)) {
                linker.sourceConcept.computeIfAbsent(type, k -> linker.newConcept(a));
            }
        });
        targetTypes.forEach((type, a) -> {
            if (isStrong(a)) {
                linker.targetConcept.computeIfAbsent(type, k -> linker.newConcept(a));
            }
        });
        return new AnchorConcepts(ids(source, sourceTypeOf, linker.sourceConcept),
                ids(target, targetTypeOf, linker.targetConcept), toArray(linker.strong), toArray(linker.identifying),
                linker.capped);
    }

    /** The target types indexed for lookup, and the concepts given so far. */
    private static final class Linker {
        private final BiPredicate<Anchor, Anchor> matches;
        private final int candidates;
        /** Target types by kind and key, in order: numbers and punctuation, and exact partners of fuzzy kinds. */
        private final Map<KindKey, List<Map.Entry<Type, Anchor>>> byKey = new HashMap<>();
        /** Target names and Latin tokens by the first letter of their key ('#' when empty), in order. */
        private final Map<Character, List<Map.Entry<Type, Anchor>>> blocks = new HashMap<>();
        /** Each fuzzy target type's position in its block. */
        private final Map<Type, Integer> position = new HashMap<>();
        final Map<Type, Integer> sourceConcept = new HashMap<>();
        final Map<Type, Integer> targetConcept = new HashMap<>();
        final List<Boolean> strong = new ArrayList<>();
        final List<Boolean> identifying = new ArrayList<>();
        int capped;

        Linker(Map<Type, Anchor> targetTypes, BiPredicate<Anchor, Anchor> matches, int candidates) {
            this.matches = matches;
            this.candidates = candidates;
            for (Map.Entry<Type, Anchor> type : targetTypes.entrySet()) {
                Anchor a = type.getValue();
                byKey.computeIfAbsent(kindKey(a), k -> new ArrayList<>()).add(type);
                if (isFuzzy(a)) {
                    List<Map.Entry<Type, Anchor>> block = blocks.computeIfAbsent(block(a), k -> new ArrayList<>());
                    position.put(type.getKey(), block.size());
                    block.add(type);
                }
            }
        }

        /** Links one source type with its partners, in target order as a scan of its block would meet them. */
        void link(Type type, Anchor a) {
            if (!isFuzzy(a)) {
                // equal kind and key is the whole match test for these kinds
                for (Map.Entry<Type, Anchor> partner : byKey.getOrDefault(kindKey(a), List.of())) {
                    join(type, a, partner.getKey());
                }
                return;
            }
            List<Map.Entry<Type, Anchor>> block = blocks.getOrDefault(block(a), List.of());
            int scanned = Math.min(block.size(), candidates);
            for (int k = 0; k < scanned; k++) {
                if (matches.test(a, block.get(k).getValue())) {
                    join(type, a, block.get(k).getKey());
                }
            }
            if (scanned < block.size()) {
                capped++;
                for (Map.Entry<Type, Anchor> partner : byKey.getOrDefault(kindKey(a), List.of())) {
                    if (position.get(partner.getKey()) >= scanned && !a.key().isEmpty()) {
                        join(type, a, partner.getKey());
                    }
                }
            }
        }

        private void join(Type sourceType, Anchor a, Type targetType) {
            Integer id = targetConcept.get(targetType);
            if (id == null) {
                id = sourceConcept.computeIfAbsent(sourceType, k -> newConcept(a));
                targetConcept.put(targetType, id);
            } else {
                sourceConcept.putIfAbsent(sourceType, id);
            }
        }

        int newConcept(Anchor a) {
            strong.add(isStrong(a));
            identifying.add(a.kind() != AnchorKind.PUNCT);
            return strong.size() - 1;
        }
    }

    private static boolean[] toArray(List<Boolean> flags) {
        boolean[] array = new boolean[flags.size()];
        for (int k = 0; k < array.length; k++) {
            array[k] = flags.get(k);
        }
        return array;
    }

    private static boolean isStrong(Anchor a) {
        return a.kind() == AnchorKind.NUMBER || a.kind() == AnchorKind.LATIN;
    }

    private static boolean isFuzzy(Anchor a) {
        return a.kind() == AnchorKind.NAME || a.kind() == AnchorKind.LATIN;
    }

    private static KindKey kindKey(Anchor a) {
        return new KindKey(a.kind(), a.key());
    }

    private static char block(Anchor a) {
        return a.key().isEmpty() ? '#' : Character.toLowerCase(a.key().charAt(0));
    }

    private static Type type(Anchor a) {
        return new Type(a.kind(), a.key(), a.surface().toLowerCase(Locale.ROOT));
    }

    /** A distinct anchor: its kind, key and surface (lower case). */
    private record Type(AnchorKind kind, String key, String surface) {
    }

    /** A kind and a key: what numbers and punctuation match on. */
    private record KindKey(AnchorKind kind, String key) {
    }

    /** Per sentence, the type of each anchor, made once: types are looked up several times. */
    private static Type[][] typesOf(List<List<Anchor>> sentences) {
        Type[][] types = new Type[sentences.size()][];
        for (int s = 0; s < types.length; s++) {
            Cancellation.check("anchor linking");
            List<Anchor> anchors = sentences.get(s);
            types[s] = new Type[anchors.size()];
            for (int k = 0; k < types[s].length; k++) {
                types[s][k] = type(anchors.get(k));
            }
        }
        return types;
    }

    private static Map<Type, Anchor> types(List<List<Anchor>> sentences, Type[][] typeOf) {
        Map<Type, Anchor> types = new LinkedHashMap<>();
        for (int s = 0; s < typeOf.length; s++) {
            Cancellation.check("anchor linking");
            for (int k = 0; k < typeOf[s].length; k++) {
                types.putIfAbsent(typeOf[s][k], sentences.get(s).get(k));
            }
        }
        return types;
    }

    private static SideAnchors ids(List<List<Anchor>> sentences, Type[][] typeOf, Map<Type, Integer> concepts) {
        int[][] ids = new int[sentences.size()][];
        double[][] weights = new double[sentences.size()][];
        for (int s = 0; s < ids.length; s++) {
            Cancellation.check("anchor linking");
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
