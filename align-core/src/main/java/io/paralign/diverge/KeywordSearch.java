package io.paralign.diverge;

import io.paralign.cancel.Cancellation;
import io.paralign.score.LongIntTable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
        int[] order = automaton.breadthFirst;
        for (int k = order.length - 1; k > 0; k--) {
            int s = order[k];
            if (reached[s]) {
                reached[automaton.fail[s]] = true;
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

    /**
     * The keyword trie with failure links. Transitions are keyed by state and character in one table of primitive
     * keys ({@link LongIntTable}): the text's every character looks one up, and a boxed key each time was most of
     * what a search allocated.
     */
    private static final class Automaton {
        private final LongIntTable edges = new LongIntTable(64);
        private int[] fail = new int[16];
        private int states = 1;
        private int[] breadthFirst;
        private final Map<Integer, String> keywordAt = new HashMap<>();

        Automaton(Collection<String> keywords) {
            for (String keyword : keywords) {
                int state = 0;
                for (int i = 0; i < keyword.length(); i++) {
                    int next = edge(state, keyword.charAt(i));
                    if (next < 0) {
                        next = newState();
                        put(state, keyword.charAt(i), next);
                    }
                    state = next;
                }
                keywordAt.put(state, keyword);
            }
            link();
        }

        int size() {
            return states;
        }

        /** Failure links in breadth-first order: a state's longest proper suffix that is also a trie state. */
        private void link() {
            // each state's children, grouped by parent (a counting sort of the edges)
            int[] first = new int[states + 1];
            for (int slot = 0; slot < edges.capacity(); slot++) {
                if (edges.keyAt(slot) != LongIntTable.EMPTY) {
                    first[parent(edges.keyAt(slot)) + 1]++;
                }
            }
            for (int k = 0; k < states; k++) {
                first[k + 1] += first[k];
            }
            int[] filled = Arrays.copyOf(first, states);
            char[] childChar = new char[edges.size()];
            int[] child = new int[edges.size()];
            for (int slot = 0; slot < edges.capacity(); slot++) {
                long key = edges.keyAt(slot);
                if (key != LongIntTable.EMPTY) {
                    int at = filled[parent(key)]++;
                    childChar[at] = (char) key;
                    child[at] = edges.valueAt(slot);
                }
            }
            breadthFirst = new int[states];
            int size = 1;
            for (int k = 0; k < size; k++) {
                int parent = breadthFirst[k];
                for (int e = first[parent]; e < first[parent + 1]; e++) {
                    fail[child[e]] = parent == 0 ? 0 : next(fail[parent], childChar[e]);
                    breadthFirst[size++] = child[e];
                }
            }
        }

        /** The state after reading {@code c} in {@code state}, following failure links where the trie has no edge. */
        int next(int state, char c) {
            while (true) {
                int to = edge(state, c);
                if (to >= 0) {
                    return to;
                }
                if (state == 0) {
                    return 0;
                }
                state = fail[state];
            }
        }

        /** The trie's edge from {@code state} on {@code c}, or -1. */
        private int edge(int state, char c) {
            return edges.get(key(state, c), -1);
        }

        private void put(int state, char c, int to) {
            edges.put(key(state, c), to);
        }

        private int newState() {
            if (states == fail.length) {
                fail = Arrays.copyOf(fail, 2 * states);
            }
            return states++;
        }

        private static long key(int state, char c) {
            return ((long) state << 16) | c;
        }

        private static int parent(long key) {
            return (int) (key >>> 16);
        }
    }
}
