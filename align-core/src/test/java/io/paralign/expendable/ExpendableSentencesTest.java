package io.paralign.expendable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.model.ParagraphStyle;
import io.paralign.segment.IcuSegmenter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpendableSentencesTest {

    private static String marks(String text) {
        Document document = new IcuSegmenter().segment(text, "fr");
        return Arrays.toString(ExpendableSentences.of(document, RepeatKeys.of(document)));
    }

    @Test
    void empty() {
        Document empty = new Document("fr", "", ParagraphStyle.LINE, List.of(), List.of());
        assertEquals("[]", Arrays.toString(ExpendableSentences.of(empty, RepeatKeys.of(empty))));
    }

    @Test
    void ordinaryTextIsKept() {
        assertEquals("[false, false]", marks("Le ministre est arrivé hier soir. Il repart demain matin."));
    }

    @Test
    void aBoilerplateLineIsExpendable() {
        assertEquals("[false, true]", marks("Le ministre est arrivé hier soir.\nTous droits réservés."));
    }

    @Test
    void theLaterCopyOfALongSentenceIsExpendableNotTheFirst() {
        assertEquals("[false, false, true]", marks("Le ministre est arrivé hier soir. Il repart.\n"
                + "Le ministre est arrivé hier soir !"));
    }

    @Test
    void aShortSentenceMayRepeat() {
        assertEquals("[false, false, false, false]", marks("Non, non. Il est parti.\nNon, non. Il est revenu."));
    }

    @Test
    void aRepeatedParagraphIsExpendableWhateverItsLength() {
        assertEquals("[false, false, true, true]", marks("Oui. Non.\nOui. Non."));
    }
}
