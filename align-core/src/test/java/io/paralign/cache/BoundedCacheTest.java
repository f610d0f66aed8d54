package io.paralign.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void keepsValuesUpToTheLimitAndComputesTheRestEachTime() {
        AtomicInteger computed = new AtomicInteger();
        BoundedCache<Integer, String> cache = new BoundedCache<>(2, k -> {
            computed.incrementAndGet();
            return "v" + k;
        });
        for (int round = 0; round < 3; round++) {
            assertEquals("v1", cache.get(1));
            assertEquals("v2", cache.get(2));
            assertEquals("v3", cache.get(3));
        }
        assertEquals(2 + 3, computed.get(), "1 and 2 once, 3 (past the limit) every time");
    }

    @Test
    void aFailedComputationKeepsNothing() {
        AtomicInteger calls = new AtomicInteger();
        BoundedCache<String, String> cache = new BoundedCache<>(10, k -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalArgumentException(k);
            }
            return k;
        });
        assertThrows(IllegalArgumentException.class, () -> cache.get("x"));
        assertEquals("x", cache.get("x"));
        assertEquals(2, calls.get());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(0, k -> k));
    }
}
