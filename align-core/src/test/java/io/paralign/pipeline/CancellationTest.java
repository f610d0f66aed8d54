package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An interrupted alignment stops with {@link AlignmentCancelledException} and keeps the interrupt status. */
class CancellationTest {
    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    @Test
    void anAlreadyInterruptedThreadStopsAtTheFirstCheck() {
        Thread.currentThread().interrupt();
        try {
            AlignmentCancelledException e = assertThrows(AlignmentCancelledException.class, () -> pipeline.align(
                    WorstCaseInputs.arabicSentences(10), "ar", WorstCaseInputs.frenchSentence(), "fr", false));
            assertTrue(e.getMessage().contains("interrupted during segmentation"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptDuringALargeAlignmentStopsIt() throws InterruptedException {
        String arabic = WorstCaseInputs.wordLines(200_000, true);
        String french = WorstCaseInputs.wordLines(200_000, false);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            started.countDown();
            try {
                pipeline.align(arabic, "ar", french, "fr", false);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread.sleep(50);
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!worker.isAlive(), "the alignment did not stop");
        assertInstanceOf(AlignmentCancelledException.class, thrown.get(), String.valueOf(thrown.get()));
    }
}
