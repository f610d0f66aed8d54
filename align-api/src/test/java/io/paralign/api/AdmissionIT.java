package io.paralign.api;

import static io.paralign.api.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Admission with one general thread, no waiting room, 256 MB for alignments and a small lane for requests
 * estimated at up to 4 MB: a second large request is refused with 503, a small one is served beside a large one, a
 * request that could never fit gets 413 at once, and a client that goes away has its alignment cancelled and
 * nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdmissionIT {
    private static final Path DATA = Fixture.dataDir("align-api-admission-it");
    /** About 4 s of work alone on 2 cores; estimated at 63 MB, under the 256 MB. */
    private static final String LARGE = Load.lines(10_000);

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
        registry.add("paralign.api.alignment-threads", () -> "1");
        registry.add("paralign.api.alignment-queue", () -> "0");
        registry.add("paralign.api.alignment-memory", () -> "256MB");
        registry.add("paralign.api.small-alignment-memory", () -> "4MB");
        registry.add("paralign.api.alignment-deadline", () -> "60s");
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void idle() {
        Load.await("alignments running", Duration.ofSeconds(60), () -> Load.running(http), r -> r == 0);
    }

    @Test
    void aSecondLargeRequestIsRefusedWhileASmallOneIsServed() throws Exception {
        double overloaded = Load.metric(http, "paralign_alignment_rejected_total{reason=\"overloaded\"}");
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> http.postJson(LARGE));
        Load.await("the first large alignment running", Duration.ofSeconds(20), () -> Load.running(http), r -> r == 1);
        assertTrue(Load.metric(http, "paralign_alignment_memory_reserved_bytes") > 0, "its memory is reserved");
        assertEquals(0, Load.metric(http, "paralign_alignment_waiting"), "a queue of 0: nothing waits");
        HttpResponse<String> second = http.postJson(LARGE);
        assertEquals(503, second.statusCode(), second.body());
        assertEquals(overloaded + 1, Load.metric(http, "paralign_alignment_rejected_total{reason=\"overloaded\"}"));
        assertEquals("urn:paralign:problem:overloaded", json(second).get("type").asString());
        assertEquals("60", second.headers().firstValue("Retry-After").orElse(""));
        HttpResponse<String> small = http.postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC));
        assertEquals(201, small.statusCode(), small.body());
        assertTrue(!first.isDone(), "the small request was answered before the large one");
        assertEquals(201, first.get().statusCode(), first.get().body());
    }

    @Test
    void aRequestThatCouldNeverFitIsRefusedAtOnce() {
        String huge = Http.alignmentJson("fr", "a\n".repeat(500_000), "ar", "\u0628\n".repeat(500_000));
        double tooLarge = Load.metric(http, "paralign_alignment_rejected_total{reason=\"too-large\"}");
        long start = System.nanoTime();
        HttpResponse<String> response = http.postJson(huge);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(tooLarge + 1, Load.metric(http, "paralign_alignment_rejected_total{reason=\"too-large\"}"));
        assertEquals("urn:paralign:problem:request-too-large", json(response).get("type").asString());
        assertTrue(json(response).get("detail").asString().contains("MB of memory"), response.body());
        assertTrue(System.nanoTime() - start < 5e9, "not at once");
        assertEquals(0, Load.running(http));
    }

    /**
     * The client sends a large request and closes its socket while the alignment runs. Tomcat notices the closed
     * connection (see align-api's README), the async request fails, and the alignment is cancelled: its worker is
     * interrupted, and when it stops nothing is stored.
     */
    @Test
    void aClientThatGoesAwayHasItsAlignmentCancelled() throws Exception {
        long stored = Load.stored(http);
        double cancelled = Load.cancelled(http, "disconnect", "running");
        byte[] body = LARGE.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/alignments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Load.await("the alignment running", Duration.ofSeconds(20), () -> Load.running(http), r -> r == 1);
        }
        Load.await("alignments cancelled on disconnect", Duration.ofSeconds(10),
                () -> Load.cancelled(http, "disconnect", "running"), c -> c == cancelled + 1);
        Load.await("alignments running", Duration.ofSeconds(60), () -> Load.running(http), r -> r == 0);
        assertEquals(stored, Load.stored(http));
    }
}
