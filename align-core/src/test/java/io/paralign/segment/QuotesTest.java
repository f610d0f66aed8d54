package io.paralign.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A cursor's answers at increasing positions are those of a fresh count from the start. */
class QuotesTest {
    @Test
    void examples() {
        String s = "Il a dit « oui… Puis » non. \"Et… Alors\" fin “a” b “c“ d";
        Quotes.Cursor cursor = new Quotes.Cursor(s);
        assertFalse(cursor.isOpenAt(0));
        assertTrue(cursor.isOpenAt(s.indexOf("Puis")));
        assertFalse(cursor.isOpenAt(s.indexOf("non")));
        assertTrue(cursor.isOpenAt(s.indexOf("Alors")));
        assertFalse(cursor.isOpenAt(s.indexOf("fin")));
        assertThrows(IllegalArgumentException.class, () -> cursor.isOpenAt(0));
    }

    @Test
    void sameAnswerAtEveryPositionAsAFreshCursor() {
        String s = "a \"b« c» d“ e” f“ g“ h\" i « j « k » l » m";
        Quotes.Cursor cursor = new Quotes.Cursor(s);
        for (int pos = 0; pos <= s.length(); pos++) {
            assertEquals(new Quotes.Cursor(s).isOpenAt(pos), cursor.isOpenAt(pos), "at " + pos);
        }
    }
}
