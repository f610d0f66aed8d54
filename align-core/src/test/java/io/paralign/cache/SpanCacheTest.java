package io.paralign.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpanCacheTest {
    @Test
    void aSpanMetAgainIsAnsweredFromItsSlotWhateverTextItSitsIn() {
        AtomicInteger computed = new AtomicInteger();
        SpanCache<String> cache = new SpanCache<>(64, word -> {
            computed.incrementAndGet();
            return word.toUpperCase();
        });
        String first = cache.get("le chat dort", 3, 7);
        assertEquals("CHAT", first);
        assertSame(first, cache.get("un chat", 3, 7), "the same word in another text");
        assertEquals(1, computed.get());
        assertEquals("CHATS", cache.get("des chats", 4, 9), "a longer span is another key");
        assertEquals("HAT", cache.get("chat", 1, 4), "a shorter one too");
        assertEquals(3, computed.get());
    }

    @Test
    void aSetKeepsItsLatestSpansAndLetsTheOldestGo() {
        AtomicInteger computed = new AtomicInteger();
        SpanCache<Integer> cache = new SpanCache<>(1, word -> {
            computed.incrementAndGet();
            return word.length();
        });
        assertEquals(SpanCache.WAYS, cache.capacity(), "one set");
        List<String> full = new ArrayList<>();
        for (int n = 1; n <= SpanCache.WAYS; n++) {
            full.add("w".repeat(n));
        }
        for (int round = 0; round < 3; round++) {
            for (String word : full) {
                assertEquals(word.length(), cache.get(word, 0, word.length()));
            }
        }
        assertEquals(SpanCache.WAYS, computed.get(), "as many spans as ways fit one set");
        String newcomer = "x".repeat(20);
        assertEquals(20, cache.get(newcomer, 0, 20));
        assertEquals(SpanCache.WAYS + 1, computed.get());
        assertEquals(2, cache.get("ww", 0, 2), "still held");
        assertEquals(SpanCache.WAYS + 1, computed.get());
        assertEquals(1, cache.get("w", 0, 1), "the oldest went when the newcomer came");
        assertEquals(SpanCache.WAYS + 2, computed.get());
    }

    @Test
    void theSlotsAreBoundedToThePowerOfTwoAtOrAboveTheAskedNumber() {
        assertEquals(16, new SpanCache<>(16, w -> w).capacity());
        assertEquals(32, new SpanCache<>(17, w -> w).capacity());
        AtomicInteger computed = new AtomicInteger();
        SpanCache<String> cache = new SpanCache<>(16, w -> {
            computed.incrementAndGet();
            return w;
        });
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1_000; i++) {
                String word = "w" + i;
                assertEquals(word, cache.get(word, 0, word.length()));
            }
        }
        assertEquals(2_000, computed.get(), "1,000 words through 16 slots: none survives a round");
    }

    @Test
    void threadsSharingTheCacheGetTheirOwnSpansValues() throws Exception {
        SpanCache<String> cache = new SpanCache<>(8, String::toUpperCase);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                wrong.add(threads.submit(() -> {
                    int errors = 0;
                    for (int i = 0; i < 20_000; i++) {
                        String text = "x" + (i % 50) + "y";
                        if (!cache.get(text, 0, text.length()).equals(text.toUpperCase())) {
                            errors++;
                        }
                    }
                    return errors;
                }));
            }
            for (Future<Integer> errors : wrong) {
                assertEquals(0, errors.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSlotCountOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SpanCache<>(0, w -> w));
        assertThrows(IllegalArgumentException.class, () -> new SpanCache<>((1 << 24) + 1, w -> w));
    }
}
