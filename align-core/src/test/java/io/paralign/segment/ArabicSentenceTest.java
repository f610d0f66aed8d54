package io.paralign.segment;

import static io.paralign.segment.Segments.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicSentenceTest {

    private static void check(String text, String... expected) {
        assertEquals(List.of(expected), sentences(text, "ar"), text);
    }

    @Test
    void questionMark() {
        check("هل أتيت؟ نعم أتيت.", "هل أتيت؟", "نعم أتيت.");
        check("هل أتيت؟نعم.", "هل أتيت؟", "نعم.");
    }

    @Test
    void fullStopAndExclamation() {
        check("جاء الرجل. ثم ذهب! وعاد", "جاء الرجل.", "ثم ذهب!", "وعاد");
    }

    @Test
    void ellipsisFollowedByText() {
        check("انتظر… ثم جاء.", "انتظر…", "ثم جاء.");
    }

    @Test
    void noEllipsisSplitInsideQuotation() {
        check("قال: \"انتظر… ثم جاء\" وذهب.", "قال: \"انتظر… ثم جاء\" وذهب.");
    }

    @Test
    void quotedQuestionFollowedByComma() {
        check("قال: \"هل أتيت؟\"، ثم ذهب.", "قال: \"هل أتيت؟\"، ثم ذهب.");
    }

    @Test
    void semicolonDoesNotSplit() {
        check("أولا؛ ثانيا.", "أولا؛ ثانيا.");
    }

    @Test
    void decimalNumberDoesNotSplit() {
        check("سعر 1.5 دولار. جيد", "سعر 1.5 دولار.", "جيد");
    }

    @Test
    void closingQuoteAfterFullStopStays() {
        check("قال \"الحماقة.\" ثم جاء.", "قال \"الحماقة.\"", "ثم جاء.");
        check("قال: «جاء.» ثم عاد.", "قال: «جاء.»", "ثم عاد.");
    }
}
