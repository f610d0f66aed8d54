package io.paralign.diverge;

import io.paralign.cancel.Cancellation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of many keywords occur in a text, in one pass over the text: the automaton of Aho &amp; Corasick (1975,
 * "Efficient string matching: an aid to bibliographic search"). Time is linear in the keywords' total length plus
 * the text's length, where testing each keyword with {@link String#contains} costs their product.
 */
final class KeywordSearch {
    private KeywordSearch() {
    }

    /** The keywords (non-empty) that occur somewhere in the text. */
    static Set<String> foundIn(Collection<String> keywords, String text) {
        Automaton automaton = new Automaton(keywords);
        boolean[] reached = new boolean[automaton.size()];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((i & 0xFFFF) == 0) {
                Cancellation.check("anchor mismatch detection");
            }
            state = automaton.next(state, text.charAt(i));
            reached[state] = true;
        }
        // a state reached means every keyword ending at its longest proper suffix state occurred too: deepest first
        List<Integer> order = automaton.breadthFirst;
        for (int k = order.size() - 1; k > 0; k--) {
            int s = order.get(k);
            if (reached[s]) {
                reached[automaton.fail.get(s)] = true;
            }
        }
        Set<String> found = new HashSet<>();
        automaton.keywordAt.forEach((s, keyword) -> {
            if (reached[s]) {
                found.add(keyword);
            }
        });
        return found;
    }

    /** The keyword trie with failure links; transitions keyed by state and character in one map. */
    private static final class Automaton {
        private final Map<Long, Integer> edges = new HashMap<>();
        private final List<Integer> fail = new ArrayList<>();
        private final List<Integer> breadthFirst = new ArrayList<>();
        private final Map<Integer, String> keywordAt = new HashMap<>();

        Automaton(Collection<String> keywords) {
            fail.add(0);
            for (String keyword : keywords) {
                int state = 0;
                for (int i = 0; i < keyword.length(); i++) {
                    Integer next = edges.get(key(state, keyword.charAt(i)));
                    if (next == null) {
                        next = fail.size();
                        fail.add(0);
                        edges.put(key(state, keyword.charAt(i)), next);
                    }
                    state = next;
                }
                keywordAt.put(state, keyword);
            }
            link();
        }

        int size() {
            return fail.size();
        }

        /** Failure links in breadth-first order: a state's longest proper suffix that is also a trie state. */
        private void link() {
            Map<Integer, List<long[]>> children = new HashMap<>();
            edges.forEach((edge, child) -> children.computeIfAbsent((int) (edge >>> 16), k -> new ArrayList<>())
                    .add(new long[] {edge & 0xFFFF, child}));
            breadthFirst.add(0);
            for (int k = 0; k < breadthFirst.size(); k++) {
                int parent = breadthFirst.get(k);
                for (long[] edge : children.getOrDefault(parent, List.of())) {
                    char c = (char) edge[0];
                    int child = (int) edge[1];
                    fail.set(child, parent == 0 ? 0 : next(fail.get(parent), c));
                    breadthFirst.add(child);
                }
            }
        }

        /** The state after reading {@code c} in {@code state}, following failure links where the trie has no edge. */
        int next(int state, char c) {
            while (true) {
                Integer to = edges.get(key(state, c));
                if (to != null) {
                    return to;
                }
                if (state == 0) {
                    return 0;
                }
                state = fail.get(state);
            }
        }

        private static long key(int state, char c) {
            return ((long) state << 16) | c;
        }
    }
}
