package io.paralign.api;

import static io.paralign.api.ProblemTypesIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A store whose directory disappears under it (a disk unmounted, a directory removed by hand): the change log cannot
 * roll to a new file, so the write fails. The request is answered {@code 500 internal-error} naming nothing of the
 * server, the store refuses every later change, and {@code luceneStore} health goes down. The index is committed
 * after every group of writes ({@code index-commit-interval=0s}), so the first write after the removal rolls the
 * log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paralign.security.api-keys=store-key", "paralign.store.index-commit-interval=0s"})
@DirtiesContext
class StoreFailureIT {
    private static final Path DATA = Fixture.dataDir("align-api-store-failure-it");
    private static final Map<String, String> KEY = Map.of("X-API-Key", "store-key");
    private static final byte[] PAIR = Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC)
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    private RawHttp.Response post() {
        return new RawHttp(port).send("POST", "/api/v1/alignments",
                Map.of("X-API-Key", "store-key", "Content-Type", "application/json"), PAIR);
    }

    private JsonNode health(Map<String, String> headers, int status) {
        RawHttp.Response health = new RawHttp(port).get("/actuator/health", headers);
        assertEquals(status, health.status(), health.toString());
        return Http.JSON.readTree(health.body());
    }

    @Test
    void aFailedLogWriteIsAnInternalErrorAndTakesTheStoreDown() {
        assertEquals(201, post().status());
        assertEquals("UP", health(KEY, 200).get("components").get("luceneStore").get("status").asString());

        delete(DATA);
        assertProblem("internal-error", 500, post(),
                "the server could not handle the request; see its log");

        JsonNode store = health(KEY, 503).get("components").get("luceneStore");
        assertEquals("DOWN", store.get("status").asString(), store.toString());
        assertEquals("index writer closed", store.get("details").get("reason").asString(), store.toString());
        JsonNode anonymous = health(Map.of(), 503);
        assertEquals("DOWN", anonymous.get("status").asString());
        assertFalse(anonymous.has("components"), anonymous.toString());

        // refused until restarted, even once the directory is back
        try {
            Files.createDirectories(DATA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertProblem("internal-error", 500, post());
        assertEquals("DOWN", health(KEY, 503).get("components").get("luceneStore").get("status").asString());
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file); // the store may delete a rolled log file meanwhile
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
