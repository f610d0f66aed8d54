package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=first-key, second-key")
class ApiKeyIT {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws java.io.IOException {
        String dir = java.nio.file.Files.createTempDirectory("align-api-keys").toString();
        registry.add("paralign.store.data-dir", () -> dir);
    }

    @Test
    void apiRoutesAndReviewPageNeedAKey() {
        Http anonymous = new Http(port);
        assertEquals(401, anonymous.get("/api/v1/alignments").statusCode());
        assertEquals(401, anonymous.postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC))
                .statusCode());
        assertEquals(401, anonymous.get("/").statusCode());
        assertEquals(401, new Http(port, "wrong").get("/api/v1/search?q=x").statusCode());
        assertEquals("application/problem+json",
                anonymous.get("/api/v1/alignments").headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    }

    @Test
    void configuredKeysAreAccepted() {
        assertEquals(200, new Http(port, "first-key").get("/api/v1/alignments").statusCode());
        assertEquals(201, new Http(port, "second-key")
                .postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC)).statusCode());
        assertEquals(200, new Http(port).get("/?key=first-key").statusCode());
    }

    @Test
    void healthStaysOpen() {
        assertEquals(200, new Http(port).get("/actuator/health").statusCode());
    }
}
