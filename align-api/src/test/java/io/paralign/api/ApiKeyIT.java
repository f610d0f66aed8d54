package io.paralign.api;

import static io.paralign.api.SecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Keys on: what needs a key, what stays open, and what health shows with and without one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=first-key, second-key")
class ApiKeyIT {
    private static final Map<String, String> KEY = Map.of("X-API-Key", "first-key");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = Fixture.dataDir("align-api-keys").toString();
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
        assertEquals(200, new Http(port).get("/index.html?key=second-key").statusCode());
    }

    @Test
    void theProblemSaysWhetherAKeyWasMissingOrRefused() {
        RawHttp raw = new RawHttp(port);
        RawHttp.Response missing = raw.get("/api/v1/alignments", Map.of());
        assertProblem(401, "api-key-required", missing, missing.toString());
        assertEquals("X-API-Key", missing.header("WWW-Authenticate"));
        assertTrue(missing.body().contains("send a key in the X-API-Key header"), missing.body());
        RawHttp.Response wrong = raw.get("/api/v1/alignments", Map.of("X-API-Key", "first-key2"));
        assertProblem(401, "api-key-required", wrong, wrong.toString());
        assertTrue(wrong.body().contains("not accepted"), wrong.body());
        assertEquals("nosniff", wrong.header("X-Content-Type-Options"));
    }

    @Test
    void theKeyParameterIsTakenOnTheReviewPageOnly() {
        RawHttp raw = new RawHttp(port);
        assertEquals(401, raw.get("/?key=wrong", Map.of()).status());
        assertEquals(401, raw.get("/api/v1/alignments?key=first-key", Map.of()).status());
        assertEquals(401, raw.get("/actuator/prometheus?key=first-key", Map.of()).status());
        assertEquals(401, raw.send("POST", "/?key=first-key", Map.of(), new byte[0]).status());
    }

    @Test
    void theReviewPageScriptAndStyleSheetAreOpen() {
        RawHttp raw = new RawHttp(port);
        RawHttp.Response page = raw.get("/?key=first-key", Map.of());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script src=\"review.js\"></script>"), page.body());
        RawHttp.Response script = raw.get("/review.js", Map.of());
        assertEquals(200, script.status());
        assertEquals("text/javascript", script.mediaType());
        assertTrue(script.body().contains("X-API-Key"));
        assertEquals("text/css", raw.get("/review.css", Map.of()).mediaType());
    }

    @Test
    void healthStaysOpen() {
        assertEquals(200, new Http(port).get("/actuator/health").statusCode());
    }

    @Test
    void healthShowsNoDataPathOrSizesWithoutAKey() {
        RawHttp raw = new RawHttp(port);
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("X-API-Key", "x"))) {
            RawHttp.Response health = raw.get("/actuator/health", headers);
            assertEquals(200, health.status(), health.toString());
            JsonNode body = Http.JSON.readTree(health.body());
            assertEquals("UP", body.get("status").asString());
            assertFalse(body.has("components") || body.has("details"), health.body());
            RawHttp.Response store = raw.get("/actuator/health/luceneStore", headers);
            assertFalse(store.body().contains("dataDir"), store.toString());
            assertTrue(store.status() < 500, store.toString());
        }
    }

    @Test
    void healthShowsTheStoreToAKey() {
        RawHttp.Response health = new RawHttp(port).get("/actuator/health", KEY);
        assertEquals(200, health.status(), health.toString());
        JsonNode store = Http.JSON.readTree(health.body()).get("components").get("luceneStore");
        assertEquals("UP", store.get("status").asString());
        assertTrue(store.get("details").has("dataDir"), health.body());
        assertTrue(store.get("details").has("alignments"), health.body());
    }

    @Test
    void prometheusNeedsAKey() {
        RawHttp raw = new RawHttp(port);
        assertProblem(401, raw.get("/actuator/prometheus", Map.of()), "no key");
        assertProblem(401, raw.get("/actuator/prometheus", Map.of("X-API-Key", "wrong")), "wrong key");
        RawHttp.Response metrics = raw.get("/actuator/prometheus", KEY);
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.toString());
    }

    @Test
    void openApiDescriptionAndSwaggerUiStayOpen() {
        RawHttp raw = new RawHttp(port);
        RawHttp.Response docs = raw.get("/v3/api-docs", Map.of());
        assertEquals(200, docs.status(), docs.toString());
        assertTrue(docs.body().contains("/api/v1/alignments"));
        JsonNode scheme = Http.JSON.readTree(docs.body()).get("components").get("securitySchemes").get("apiKey");
        assertEquals("apiKey", scheme.get("type").asString());
        assertEquals("header", scheme.get("in").asString());
        assertEquals("X-API-Key", scheme.get("name").asString());
        assertEquals(200, raw.get("/swagger-ui/index.html", Map.of()).status());
    }

    @Test
    void aCrossSiteWriteIsRefusedEvenWithAKey() {
        RawHttp.Response response = new RawHttp(port).send("POST", "/api/v1/alignments",
                Map.of("X-API-Key", "first-key", "Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"),
                Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC).getBytes(StandardCharsets.UTF_8));
        assertProblem(403, "cross-site-request", response, response.toString());
    }

    @Test
    void noUserStoreSoNoGeneratedPassword() {
        assertEquals(0, context.getBeanNamesForType(UserDetailsService.class).length);
    }
}
