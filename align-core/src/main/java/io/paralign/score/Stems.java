package io.paralign.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct stems of one text, numbered from 0 in order of first appearance. A text's sentences keep their stems
 * as these numbers, so that the word pairs learned from it and the features built from it index arrays instead of
 * hashing the same strings again in each pass. Numbered while the text is analysed ({@link #id}), then only read:
 * safe for several threads once published.
 */
public final class Stems {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> stems = new ArrayList<>();

    /** The stem's number, given it now when it has none. */
    int id(String stem) {
        Integer known = ids.get(stem);
        if (known != null) {
            return known;
        }
        int id = stems.size();
        ids.put(stem, id);
        stems.add(stem);
        return id;
    }

    /** The stem's number, or -1 when the text has no such stem. */
    int find(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    /** The stem numbered {@code id}. */
    String stem(int id) {
        return stems.get(id);
    }

    /** How many distinct stems are numbered. */
    public int size() {
        return stems.size();
    }

    /** The stems of {@code ids}, in their order. */
    List<String> stems(int[] ids) {
        String[] out = new String[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = stems.get(ids[k]);
        }
        return List.of(out);
    }

    /** Numbers for a list of stems, given as they come. */
    int[] ids(List<String> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = id(list.get(k));
        }
        return out;
    }
}
