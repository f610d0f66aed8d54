package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table gives the skeleton ICU's transliteration gives, on every word it answers for. */
class RomanizerTest {
    private static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Test
    void oneLineCases() {
        assertEquals("", Romanizer.romanize(""));
        assertEquals("Huawei", Romanizer.romanize("Huawei"));
        assertEquals("Emirats", Romanizer.romanize("Émirats"));
        assertEquals("hwawy", Romanizer.romanize("هواوي"));
        assertEquals("almhyry", Romanizer.romanize("المهيري"));
        assertEquals("shynghyangh", Romanizer.romanize("شينغيانغ"));
    }

    @Test
    void otherScriptsAndLettersGoToIcu() {
        assertNull(Romanizer.fast("Москва"));
        assertEquals("Moskva", Romanizer.romanize("Москва"));
        assertNull(Romanizer.fast("Straße"));
        assertEquals("Strasse", Romanizer.romanize("Straße"));
        assertNull(Romanizer.fast("ـ"));
    }

    /** Every letter the table holds, alone and between two others, and every accented Latin letter it decomposes. */
    @Test
    void everyLetterAgreesWithIcu() {
        for (char c = 0x00C0; c < 0x0250; c++) {
            check(String.valueOf(c));
        }
        for (char c = 0x0621; c <= 0x064A; c++) {
            check(String.valueOf(c));
            check("ب" + c + "ل");
            check(c + "ا");
        }
    }

    /** Random words of basic Arabic letters, as the normalized words of a text are, agree with ICU. */
    @Test
    void randomArabicWordsAgreeWithIcu() {
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int k = 0; k < length; k++) {
                word.append((char) (0x0621 + random.nextInt(0x064A - 0x0621 + 1)));
            }
            check(word.toString());
        }
    }

    /** Every word of the seed articles (Arabic and French) agrees with ICU. */
    @Test
    void seedWordsAgreeWithIcu() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String word : Files.readString(file).split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
                    words.add(word);
                }
            }
        }
        assertTrue(words.size() > 1_000, "seed words " + words.size());
        words.forEach(RomanizerTest::check);
    }

    private static void check(String word) {
        String fast = Romanizer.fast(word);
        if (fast != null) {
            assertEquals(Skeleton.of(ICU.transliterate(word)), Skeleton.of(fast), word);
        }
    }
}
