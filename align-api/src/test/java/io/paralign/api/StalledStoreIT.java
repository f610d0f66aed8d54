package io.paralign.api;

import static io.paralign.api.ProblemTypesIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import io.paralign.api.store.AlignmentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The container's asynchronous timeout, the safety net set 10 s after the alignment's deadline: a store write that
 * hangs (a disk that stops answering an fsync) holds an alignment past its deadline once it is committed, since a
 * committed alignment is no longer cancelled. The client is then answered {@code 503 unavailable}, and the alignment
 * is stored once the write returns. The store is the
 * real one; only its {@code save} is made to complete when the test lets it go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.api.alignment-deadline=1s")
@DirtiesContext
class StalledStoreIT {
    private static final Path DATA = Fixture.dataDir("align-api-stalled-store-it");

    @LocalServerPort
    int port;
    @MockitoSpyBean
    AlignmentStore store;
    private final CountDownLatch release = new CountDownLatch(1);

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @AfterEach
    void letTheStoreGo() {
        release.countDown();
    }

    @Test
    void aStoreWriteHeldPastTheDeadlineIsAnsweredUnavailable() {
        doAnswer(invocation -> CompletableFuture.runAsync(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).thenCompose(released -> {
            try {
                return (CompletableFuture<?>) invocation.callRealMethod();
            } catch (Throwable e) {
                return CompletableFuture.failedFuture(e);
            }
        })).when(store).save(any());
        long start = System.nanoTime();
        RawHttp.Response response = new RawHttp(port).send("POST", "/api/v1/alignments",
                Map.of("Content-Type", "application/json"),
                Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC).getBytes(StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertProblem("unavailable", 503, response);
        assertTrue(seconds >= 10 && seconds < 25, "answered after " + seconds + " s, not at deadline + 10 s");

        // committed before the timeout, so kept once the write returns
        Http http = new Http(port);
        assertEquals(0, Load.stored(http));
        release.countDown();
        Load.await("alignments stored", Duration.ofSeconds(30), () -> Load.stored(http), n -> n == 1);
    }
}
