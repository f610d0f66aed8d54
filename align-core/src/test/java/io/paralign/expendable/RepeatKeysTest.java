package io.paralign.expendable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.segment.IcuSegmenter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatKeysTest {

    @Test
    void keysEachSentenceAndParagraphOnce() {
        Document document = new IcuSegmenter().segment(
                "Le Président arrive. Il parle !\n\nLe président arrive...", "fr");
        RepeatKeys keys = RepeatKeys.of(document);
        assertEquals(List.of("leprésidentarrive", "ilparle", "leprésidentarrive"), keys.sentences());
        assertEquals(List.of("leprésidentarriveilparle", "leprésidentarrive"), keys.paragraphs());
    }

    @Test
    void keyIgnoresCasePunctuationAndSpacing() {
        assertEquals(RepeatKeys.key("« Ça va » — dit-il…"),
                RepeatKeys.key("ça  va, dit il"));
        assertEquals("σοφία123", RepeatKeys.key("ΣΟΦΊΑ 123!"));
    }

    /** The key's table gives, character by character and in mixed texts, what lower-casing the whole text gives. */
    @Test
    void keyIsTheLetterAndDigitCodePointsOfTheLowerCasedText() {
        for (char c = 0; c < 0x3000; c++) {
            String text = "A" + c + "b";
            assertEquals(longWay(text), RepeatKeys.key(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
        }
        Random random = new Random(7);
        String alphabet = "aZé\u0130İ ΣσςΆ،محمدالله ٣٤ 12,.—«»\u2019\u200f\u0640\u064b中文ÅǅǄ";
        for (int k = 0; k < 2000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(longWay(text.toString()), RepeatKeys.key(text.toString()), text::toString);
        }
    }

    private static String longWay(String text) {
        StringBuilder key = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
