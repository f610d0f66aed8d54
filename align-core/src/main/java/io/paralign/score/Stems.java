package io.paralign.score;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct stems of one text, numbered from 0 in order of first appearance. A text's sentences keep their stems
 * as these numbers, so that the word pairs learned from it and the features built from it index arrays instead of
 * hashing the same strings again in each pass. Numbered while the text is analysed ({@link #id}), then only read:
 * safe for several threads once published.
 *
 * <p>The stems sit in an array in number order, found through an open-addressing table of their numbers (linear
 * probing, at most half full; {@link LongKeys#mix} spreads the strings' hash codes): 8 to 24 bytes a stem besides
 * the strings, which the word caches share, where a hash map of boxed numbers takes about 55. A batch holds the
 * prepared pairs of its second pass, stems included.
 */
public final class Stems {
    private String[] stems = new String[16];
    private int size;
    /** Each slot 0 when free, else a stem's number plus one. */
    private int[] slots = new int[32];

    /** The stem's number, given it now when it has none. */
    int id(String stem) {
        int slot = slot(stem);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == stems.length) {
            stems = Arrays.copyOf(stems, 2 * size);
        }
        stems[size] = stem;
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The stem's number, or -1 when the text has no such stem. */
    int find(String stem) {
        return slots[slot(stem)] - 1;
    }

    /** The stem numbered {@code id}. */
    String stem(int id) {
        if (id >= size) {
            throw new IndexOutOfBoundsException("no stem numbered " + id + " of " + size);
        }
        return stems[id];
    }

    /** How many distinct stems are numbered. */
    public int size() {
        return size;
    }

    /** The stems of {@code ids}, in their order. */
    List<String> stems(int[] ids) {
        String[] out = new String[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = stem(ids[k]);
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

    /** The slot holding the stem's number, or the free slot where it belongs. */
    private int slot(String stem) {
        int mask = slots.length - 1;
        int slot = (int) LongKeys.mix(stem.hashCode()) & mask;
        while (slots[slot] != 0 && !stems[slots[slot] - 1].equals(stem)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        slots = new int[2 * slots.length];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = (int) LongKeys.mix(stems[id].hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }
}
