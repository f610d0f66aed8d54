package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The README's problem types that no other test provokes over HTTP: {@code invalid-request},
 * {@code method-not-allowed} and {@code not-acceptable}, each with its type URI, status, title and media type.
 * Keys are on, so each request is one a client with a key may send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=problem-key")
class ProblemTypesIT {
    private static final Path DATA = Fixture.dataDir("align-api-problem-types-it");
    private static final Map<String, String> KEY = Map.of("X-API-Key", "problem-key");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    /**
     * A problem of this slug and status, as {@code application/problem+json}, with a title and a detail (holding
     * each of {@code details}) and naming nothing of the server; returns its body.
     */
    static JsonNode assertProblem(String slug, int status, RawHttp.Response response, String... details) {
        String seen = response.toString();
        assertEquals(status, response.status(), seen);
        assertEquals("application/problem+json", response.mediaType(), seen);
        JsonNode problem = Http.JSON.readTree(response.body());
        assertEquals("urn:paralign:problem:" + slug, problem.get("type").asString(), seen);
        assertEquals(status, problem.get("status").asInt(), seen);
        assertFalse(problem.get("title").asString().isBlank(), seen);
        assertTrue(problem.has("detail"), seen);
        String detail = problem.get("detail").asString();
        assertFalse(detail.isBlank(), seen);
        for (String expected : details) {
            assertTrue(detail.contains(expected), "'" + expected + "' not in " + seen);
        }
        for (String internal : List.of("io.paralign", "java.", "org.springframework", "jakarta.", "Exception")) {
            assertFalse(response.body().contains(internal), "'" + internal + "' in " + seen);
        }
        return problem;
    }

    private RawHttp.Response postJson(String body) {
        Map<String, String> headers = new java.util.HashMap<>(KEY);
        headers.put("Content-Type", "application/json");
        return new RawHttp(port).send("POST", "/api/v1/alignments", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBlankTextIsAnInvalidRequestNamingItsField() {
        RawHttp.Response blank = postJson(Http.alignmentJson("fr", " \n ", "ar", Fixture.ARABIC));
        assertProblem("invalid-request", 400, blank, "source.text");
    }

    @Test
    void aMissingSideIsAnInvalidRequestNamingItsField() {
        RawHttp.Response missing = postJson("{\"source\":{\"lang\":\"fr\",\"text\":\"Bonjour.\"}}");
        JsonNode problem = assertProblem("invalid-request", 400, missing, "target");
        assertFalse(problem.get("detail").asString().contains("source"), missing.toString());
        RawHttp.Response noText = postJson("{\"source\":{\"lang\":\"fr\"},\"target\":{\"lang\":\"ar\"}}");
        assertProblem("invalid-request", 400, noText, "source.text", "target.text");
    }

    @Test
    void aMethodNotServedOnARouteIsMethodNotAllowed() {
        RawHttp raw = new RawHttp(port);
        RawHttp.Response put = raw.send("PUT", "/api/v1/alignments", KEY, new byte[0]);
        assertProblem("method-not-allowed", 405, put);
        String allow = put.header("Allow");
        assertTrue(allow != null && allow.contains("GET") && allow.contains("POST"), put.toString());
        RawHttp.Response patch = raw.send("PATCH", "/api/v1/search?q=x", KEY, new byte[0]);
        assertProblem("method-not-allowed", 405, patch);
    }

    @Test
    void anAcceptNoRepresentationMatchesIsNotAcceptable() {
        Map<String, String> headers = new java.util.HashMap<>(KEY);
        headers.put("Accept", "image/png");
        RawHttp.Response list = new RawHttp(port).get("/api/v1/alignments", headers);
        assertProblem("not-acceptable", 406, list);
        RawHttp.Response search = new RawHttp(port).get("/api/v1/search?q=Huawei", headers);
        assertProblem("not-acceptable", 406, search);
    }
}
