package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The keywords found are those {@link String#contains} finds, one by one. */
class KeywordSearchTest {
    @Test
    void examples() {
        assertEquals(Set.of("unesco", "nesc"), KeywordSearch.foundIn(List.of("unesco", "nesc", "unicef"),
                "l'unesco a dit"));
        assertEquals(Set.of("abab", "bab"), KeywordSearch.foundIn(List.of("abab", "bab", "babb"), "aababa"));
        assertEquals(Set.of(), KeywordSearch.foundIn(List.of("abcd"), ""));
        assertEquals(Set.of(), KeywordSearch.foundIn(List.of(), "text"));
    }

    @Test
    void sameAnswerAsContainsOnRandomText() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            String text = word(random, random.nextInt(60));
            List<String> keywords = new ArrayList<>();
            for (int k = random.nextInt(12); k >= 0; k--) {
                keywords.add(random.nextBoolean() && text.length() > 2
                        ? text.substring(random.nextInt(text.length() - 1)).substring(0, 1) + word(random, 3)
                        : word(random, 1 + random.nextInt(5)));
            }
            Set<String> expected = keywords.stream().filter(text::contains).collect(Collectors.toSet());
            assertEquals(expected, KeywordSearch.foundIn(keywords, text), keywords + " in " + text);
        }
    }

    /** Letters from a three-letter alphabet, so that keywords overlap often. */
    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < length; k++) {
            out.append((char) ('a' + random.nextInt(3)));
        }
        return out.toString();
    }
}
