package io.paralign.api;

import static io.paralign.api.SecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.report.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keys off (the default): every route open to a caller without a key, as before; still the firewall, the refusal
 * of cross-site writes from browsers, and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenAccessIT {
    private static final byte[] JSON = Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC)
            .getBytes(StandardCharsets.UTF_8);
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + HtmlRenderer.styleHash() + "; img-src 'self'; frame-src blob:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @LocalServerPort
    int port;
    RawHttp raw;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = Fixture.dataDir("align-api-open").toString();
        registry.add("paralign.store.data-dir", () -> dir);
    }

    @BeforeEach
    void client() {
        raw = new RawHttp(port);
    }

    private RawHttp.Response post(Map<String, String> browserHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(browserHeaders);
        headers.put("Content-Type", "application/json");
        return raw.send("POST", "/api/v1/alignments", headers, JSON);
    }

    private String create() {
        RawHttp.Response response = post(Map.of());
        assertEquals(201, response.status(), response.toString());
        return Http.JSON.readTree(response.body()).get("id").asString();
    }

    private int count() {
        return Http.JSON.readTree(raw.get("/api/v1/alignments?size=1", Map.of()).body()).get("total").asInt();
    }

    @Test
    void everyRouteIsOpenWithoutAKey() {
        String id = create();
        for (String path : List.of("/api/v1/alignments", "/api/v1/alignments/" + id,
                "/api/v1/alignments/" + id + "/pairs", "/api/v1/alignments/" + id + "/flags",
                "/api/v1/alignments/" + id + "/export?format=tmx", "/api/v1/search?q=appareil", "/", "/index.html",
                "/actuator/prometheus", "/actuator/health", "/v3/api-docs")) {
            RawHttp.Response response = raw.get(path, Map.of());
            assertEquals(200, response.status(), path + " -> " + response);
        }
        assertEquals(204, raw.send("DELETE", "/api/v1/alignments/" + id, Map.of(), null).status());
    }

    @Test
    void healthShowsTheStoreToEveryCaller() {
        RawHttp.Response health = raw.get("/actuator/health", Map.of());
        assertTrue(health.body().contains("\"dataDir\""), health.toString());
    }

    @Test
    void theFirewallRejectsAmbiguousPathsWithKeysOffToo() {
        for (String path : List.of("/api/v1;x/alignments", "/%61pi/v1;x/alignments", "/index.html;x",
                "/api/v1/alignments%2Fx", "/api/v1/x/%2e%2e/alignments", "/api//v1/alignments",
                "/api/v1/x/../alignments", "/api/v1/alignments/%2E%2E")) {
            RawHttp.Response response = raw.get(path, Map.of());
            assertProblem(400, response, path + " -> " + response);
        }
    }

    @Test
    void aCrossSiteWriteFromABrowserIsRefused() {
        String id = create();
        int stored = count();
        for (Map<String, String> crossSite : List.<Map<String, String>>of(Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "null"), Map.of("Origin", "http://localhost:1"),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://localhost:" + port))) {
            RawHttp.Response response = post(crossSite);
            assertProblem(403, "cross-site-request", response, crossSite + " -> " + response);
            assertTrue(response.body().contains("Cross-site request refused"), response.body());
            RawHttp.Response delete = raw.send("DELETE", "/api/v1/alignments/" + id, crossSite, null);
            assertProblem(403, "cross-site-request", delete, crossSite + " -> " + delete);
        }
        RawHttp.Response form = raw.send("POST", "/api/v1/alignments",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "Origin", "http://evil.example",
                        "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate"),
                ("--b\r\nContent-Disposition: form-data; name=\"sourceLang\"\r\n\r\nfr\r\n--b--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(403, "cross-site-request", form, form.toString());
        assertEquals(stored, count());
        assertEquals(200, raw.get("/api/v1/alignments/" + id, Map.of()).status());
    }

    @Test
    void sameOriginAndNonBrowserWritesGoThrough() {
        for (Map<String, String> headers : List.<Map<String, String>>of(Map.of(),
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + port),
                Map.of("Sec-Fetch-Site", "none"), Map.of("Origin", "http://localhost:" + port))) {
            RawHttp.Response response = post(headers);
            assertEquals(201, response.status(), headers + " -> " + response);
        }
    }

    @Test
    void aCrossSiteReadIsAnsweredAsAnyRead() {
        assertEquals(200, raw.get("/api/v1/alignments", Map.of("Sec-Fetch-Site", "cross-site")).status());
    }

    @Test
    void theReviewPageAndTheApiCarryTheSecurityHeaders() {
        String id = create();
        for (String path : List.of("/", "/index.html", "/review.js", "/api/v1/alignments",
                "/api/v1/alignments/" + id + "/pairs", "/api/v1/alignments/nope", "/actuator/health")) {
            RawHttp.Response response = raw.get(path, Map.of());
            assertEquals(PAGE_POLICY, response.header("Content-Security-Policy"), path);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
            assertEquals("DENY", response.header("X-Frame-Options"), path);
            assertEquals("no-referrer", response.header("Referrer-Policy"), path);
            assertEquals("no-cache, no-store, max-age=0, must-revalidate", response.header("Cache-Control"), path);
            assertEquals("0", response.header("X-XSS-Protection"), path);
        }
        RawHttp.Response rejected = raw.get("/api;x/v1/alignments", Map.of());
        assertEquals("nosniff", rejected.header("X-Content-Type-Options"));
        assertEquals("no-store", rejected.header("Cache-Control"));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        RawHttp.Response ui = raw.get("/swagger-ui/index.html", Map.of());
        assertEquals(200, ui.status());
        String policy = ui.header("Content-Security-Policy");
        assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(302, raw.get("/swagger-ui.html", Map.of()).status());
    }

    @Test
    void theHtmlExportAllowsItsOwnStyleElementOnly() throws Exception {
        String id = create();
        RawHttp.Response export = raw.get("/api/v1/alignments/" + id + "/export?format=html", Map.of());
        assertEquals(200, export.status());
        String body = export.body();
        String style = body.substring(body.indexOf("<style>") + 7, body.indexOf("</style>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
        String policy = export.header("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none'; style-src 'sha256-" + hash + "'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        // the review page shows the report in a frame that inherits the page's policy
        String page = raw.get("/", Map.of()).header("Content-Security-Policy");
        assertTrue(page.contains("style-src 'self' 'sha256-" + hash + "';"), page);
    }
}
