package io.paralign.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageResolutionTest {
    private static final String FRENCH = "Le groupe chinois a rejoint l'agence de cybersécurité de l'organisation, "
            + "malgré les inquiétudes des pays occidentaux sur son rôle dans les réseaux.";

    @Test
    void aTagGivenIsKeptAsGiven() {
        assertEquals("fr-CA", LanguageResolution.resolve("fr-CA", FRENCH));
        assertEquals("ar", LanguageResolution.resolve("ar", FRENCH), "a contradiction is LanguageCheck's to find");
        assertFalse(LanguageResolution.toGuess("fr"));
    }

    @Test
    void noTagABlankOneOrAutoIsGuessed() {
        for (String given : new String[] {null, "", "  ", "auto", "AUTO"}) {
            assertTrue(LanguageResolution.toGuess(given), String.valueOf(given));
            assertEquals("fr", LanguageResolution.resolve(given, FRENCH), String.valueOf(given));
        }
    }

    @Test
    void aTextThatCannotBeToldIsAnError() {
        assertThrows(UnknownLanguageException.class, () -> LanguageResolution.resolve(null, "1234 5678"));
    }
}
