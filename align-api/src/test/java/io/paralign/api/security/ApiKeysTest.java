package io.paralign.api.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

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
    void aKeyIsComparedByItsBytesNotByItsPrefixLengthOrNormalForm() {
        ApiKeys longKey = new ApiKeys(List.of("k".repeat(10_000)));
        assertTrue(longKey.accepts("k".repeat(10_000)));
        assertFalse(longKey.accepts("k".repeat(9_999)));
        assertFalse(longKey.accepts("k".repeat(9_999) + "K"));
        assertFalse(longKey.accepts("k".repeat(10_000) + "\0"));
        assertFalse(longKey.accepts("k"));
        assertFalse(keys.accepts("zweiter-Schlu\u0308ssel"));   // the same key decomposed (NFD)
        assertFalse(keys.accepts(" first-key"));
    }

    /**
     * "Keys are compared in constant time (their SHA-256 digests, against every configured key)": whatever the
     * given key, {@link MessageDigest#isEqual} compares its SHA-256 digest with each configured key's, all of them
     * even when the first one matches, so neither the keys' lengths nor the place of a match shows in the time.
     */
    @Test
    void everyConfiguredKeysDigestIsComparedWithMessageDigestIsEqual() {
        List<String> configured = List.of("first", "a much longer second key", "third");
        ApiKeys three = new ApiKeys(configured);
        for (String given : List.of("first", "fir", "a much longer second key and more", "third")) {
            try (MockedStatic<MessageDigest> digests = mockStatic(MessageDigest.class, CALLS_REAL_METHODS)) {
                assertTrue(three.accepts(given) == configured.contains(given), given);
                ArgumentCaptor<byte[]> accepted = ArgumentCaptor.forClass(byte[].class);
                ArgumentCaptor<byte[]> compared = ArgumentCaptor.forClass(byte[].class);
                digests.verify(() -> MessageDigest.isEqual(accepted.capture(), compared.capture()), times(3));
                for (int i = 0; i < 3; i++) {
                    assertArrayEquals(sha256(configured.get(i)), accepted.getAllValues().get(i), given);
                    assertArrayEquals(sha256(given), compared.getAllValues().get(i), given);
                }
            }
        }
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noKeysMeansKeysOffAndNothingAccepted() {
        ApiKeys none = new ApiKeys(List.of());
        assertTrue(none.isEmpty());
        assertFalse(none.accepts(""));
        assertFalse(keys.isEmpty());
    }
}
