package io.paralign.expendable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.segment.IcuSegmenter;
import java.util.List;
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
}
