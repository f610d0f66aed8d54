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
    void oneSlotHoldsTheLastSpanOnly() {
        AtomicInteger computed = new AtomicInteger();
        SpanCache<Integer> cache = new SpanCache<>(1, word -> {
            computed.incrementAndGet();
            return word.length();
        });
        assertEquals(1, cache.capacity());
        for (String word : List.of("a", "bb", "a", "a", "bb")) {
            assertEquals(word.length(), cache.get(word, 0, word.length()));
        }
        assertEquals(4, computed.get(), "a, bb, a again after bb took the slot, bb again");
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
