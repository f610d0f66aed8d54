package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StemsTest {
    @Test
    void numbersStemsInOrderOfFirstAppearance() {
        Stems stems = new Stems();
        assertArrayEquals(new int[] {0, 1, 0, 2, 1}, stems.ids(List.of("chine", "econo", "chine", "صين", "econo")));
        assertEquals(3, stems.size());
        assertEquals(2, stems.find(new String(new char[] {'ص', 'ي', 'ن'})), "an equal string, not the same one");
        assertEquals(-1, stems.find("crois"));
        assertEquals(List.of("صين", "chine"), stems.stems(new int[] {2, 0}));
        assertThrows(IndexOutOfBoundsException.class, () -> stems.stem(3));
    }

    @Test
    void keepsEveryNumberAsItGrowsWhateverTheHashCodesShare() {
        // "Aa" and "BB" share a hash code, and so does every string made of them: many collisions, many growths
        List<String> words = new ArrayList<>();
        String[] halves = {"Aa", "BB"};
        for (int k = 0; k < 1 << 10; k++) {
            StringBuilder word = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                word.append(halves[(k >> bit) & 1]);
            }
            words.add(word.toString());
        }
        Random random = new Random(7);
        for (int k = 0; k < 3000; k++) {
            words.add("w" + random.nextInt(2000));
        }
        Stems stems = new Stems();
        Map<String, Integer> expected = new HashMap<>();
        for (String word : words) {
            expected.putIfAbsent(word, expected.size());
            assertEquals(expected.get(word), stems.id(word));
        }
        assertEquals(expected.size(), stems.size());
        expected.forEach((word, id) -> {
            assertEquals(id, stems.find(word));
            assertEquals(word, stems.stem(id));
        });
    }
}
