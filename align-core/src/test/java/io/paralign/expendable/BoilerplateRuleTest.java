package io.paralign.expendable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoilerplateRuleTest {
    @Test
    void findsTheFirstPatternThatMatches() {
        assertEquals("lire aussi", BoilerplateRule.match("Lire aussi : le rapport complet"));
        assertEquals("اقرأ أيضا", BoilerplateRule.match("اقرأ أيضا: تقرير الوكالة"));
    }

    /** The profiles' patterns are tried Arabic first, then French, English, German, then those of any language. */
    @Test
    void patternsAreTriedInTheRegistrysOrder() {
        assertEquals("اقرأ أيضا", BoilerplateRule.match("lire aussi / اقرأ أيضا"));
        assertEquals("lire aussi", BoilerplateRule.match("read more, lire aussi"));
        assertEquals("read more", BoilerplateRule.match("nach oben, read more"));
        assertEquals("nach oben", BoilerplateRule.match("www.example.org nach oben"));
        assertEquals("www.", BoilerplateRule.match("www.example.org"));
    }

    @Test
    void aCueWhosePatternDoesNotMatchLeavesLaterPatternsTried() {
        // "aussi" cues the French cross-link pattern, which does not match; the last pattern (©) still does
        assertEquals("©", BoilerplateRule.match("Il est aussi l'auteur du texte © Le Monde"));
    }

    @Test
    void cuesAreFoundAnywhereInTheLine() {
        assertEquals("tous droits réservés", BoilerplateRule.match("© 2024 Le Journal. Tous droits réservés."));
        assertEquals("https://", BoilerplateRule.match("Source : https://example.org/article"));
    }

    @Test
    void ordinaryAndEmptyLinesAreNot() {
        assertNull(BoilerplateRule.match("Le ministre a aussi annoncé une hausse de 57 % des attaques."));
        assertNull(BoilerplateRule.match(""));
        assertNull(BoilerplateRule.match("   "));
    }

    @Test
    void longLinesAreNotBoilerplateEvenWithACue() {
        String longLine = "mot ".repeat(BoilerplateRule.MAX_WORDS) + "tous droits réservés";
        assertNull(BoilerplateRule.match(longLine));
    }

    /** Words are counted as {@code trim().split("\\s+")} counts them: space around the line and runs of it aside. */
    @Test
    void aLineOfAtMostFortyWordsMayBeBoilerplate() {
        String cue = "Tous\tdroits  réservés";
        String atMost = " \n" + "Mot ".repeat(BoilerplateRule.MAX_WORDS - 3) + cue + " \t\u0001 ";
        assertEquals(BoilerplateRule.MAX_WORDS, atMost.trim().split("\\s+").length);
        assertEquals("tous\tdroits  réservés", BoilerplateRule.match(atMost));
        assertNull(BoilerplateRule.match("mot " + atMost));
    }
}
