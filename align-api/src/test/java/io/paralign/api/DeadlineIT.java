package io.paralign.api;

import static io.paralign.api.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a deadline of 1 s, a large request is answered with 503 {@code deadline-exceeded} and a Retry-After
 * soon after the deadline, not when its work ends; its work is cancelled and nothing is stored; a small request
 * is still aligned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineIT {
    private static final Path DATA = Fixture.dataDir("align-api-deadline-it");

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
        registry.add("paralign.api.alignment-deadline", () -> "1s");
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aRequestOverItsDeadlineGets503AndNothingIsStored() {
        String large = Load.lines(40_000);   // several seconds of work, far over the deadline
        http.postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC));   // warm, and one stored
        long stored = Load.stored(http);
        double cancelled = Load.cancelled(http, "deadline", "running");
        long start = System.nanoTime();
        HttpResponse<String> response = http.postJson(large);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, response.statusCode(), () -> response.body().substring(0, Math.min(300, response.body().length())));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        assertEquals("urn:paralign:problem:deadline-exceeded", json(response).get("type").asString());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
        assertTrue(seconds < 3, "answered after " + seconds + " s, not at its deadline");
        assertEquals(cancelled + 1, Load.cancelled(http, "deadline", "running"));
        Load.await("alignments running", Duration.ofSeconds(60), () -> Load.running(http), r -> r == 0);
        assertEquals(stored, Load.stored(http));
    }

    @Test
    void aSmallRequestIsStillAligned() {
        HttpResponse<String> response = http.postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC));
        assertEquals(201, response.statusCode(), response.body());
    }
}
