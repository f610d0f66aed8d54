package io.paralign.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private final ApiKeys keys = new ApiKeys(List.of("first-key", "zweiter-Schlüssel"));

    @Test
    void acceptsEachConfiguredKey() {
        assertTrue(keys.accepts("first-key"));
        assertTrue(keys.accepts("zweiter-Schlüssel"));
    }

    @Test
    void refusesAnythingElse() {
        assertFalse(keys.accepts("first-ke"));
        assertFalse(keys.accepts("first-key2"));
        assertFalse(keys.accepts("FIRST-KEY"));
        assertFalse(keys.accepts("zweiter-Schlussel"));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
    }

    @Test
    void noKeysMeansKeysOffAndNothingAccepted() {
        ApiKeys none = new ApiKeys(List.of());
        assertTrue(none.isEmpty());
        assertFalse(none.accepts(""));
        assertFalse(keys.isEmpty());
    }
}
