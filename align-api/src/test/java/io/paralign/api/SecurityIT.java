package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.paralign.api.PathVariants.Variant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * No way past the keys: every route and method, in every spelling of its path ({@link PathVariants}), without a
 * key, with a wrong key and with a right one. Without the right key a protected route answers 401, never 2xx; a
 * spelling the firewall rejects answers 400; every error is a problem detail and nothing answers 5xx. Keyless
 * requests change nothing in the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=" + SecurityIT.KEY + ",second-key")
class SecurityIT {
    static final String KEY = "first-key";
    private static final byte[] JSON = Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC)
            .getBytes(StandardCharsets.UTF_8);
    private static final String BOUNDARY = "paralign-boundary";
    private static final byte[] MULTIPART = multipart();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = Fixture.dataDir("align-api-security").toString();
        registry.add("paralign.store.data-dir", () -> dir);
    }

    enum Caller {
        NO_KEY(null), WRONG_KEY("wrong-key"), RIGHT_KEY(KEY);

        final String key;

        Caller(String key) {
            this.key = key;
        }
    }

    enum Body { NONE, JSON, MULTIPART }

    /** A route: method, path (with {id}), query, body, and whether it is open to a caller without a key. */
    record Route(String method, String path, String query, Body body, boolean open) {
        @Override
        public String toString() {
            return method + " " + path + query + (body == Body.MULTIPART ? " (multipart)" : "");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/v1/alignments", "", Body.NONE, false),
            new Route("POST", "/api/v1/alignments", "", Body.JSON, false),
            new Route("POST", "/api/v1/alignments", "", Body.MULTIPART, false),
            new Route("GET", "/api/v1/alignments/{id}", "", Body.NONE, false),
            new Route("DELETE", "/api/v1/alignments/{id}", "", Body.NONE, false),
            new Route("GET", "/api/v1/alignments/{id}/pairs", "?page=0&size=5", Body.NONE, false),
            new Route("GET", "/api/v1/alignments/{id}/flags", "", Body.NONE, false),
            new Route("GET", "/api/v1/alignments/{id}/export", "?format=tsv", Body.NONE, false),
            new Route("GET", "/api/v1/search", "?q=appareil", Body.NONE, false),
            new Route("GET", "/", "", Body.NONE, false),
            new Route("GET", "/index.html", "", Body.NONE, false),
            new Route("GET", "/actuator/prometheus", "", Body.NONE, false),
            new Route("GET", "/actuator/info", "", Body.NONE, false),
            new Route("GET", "/actuator", "", Body.NONE, false),
            new Route("GET", "/actuator/health", "", Body.NONE, true));

    @TestFactory
    Stream<DynamicTest> everyRouteInEverySpelling() {
        RawHttp raw = new RawHttp(port);
        String id = create(raw);
        int stored = count(raw);
        List<DynamicTest> keyless = new ArrayList<>();
        List<DynamicTest> withKey = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Variant variant : PathVariants.of(route.path().replace("{id}", id))) {
                for (Caller caller : Caller.values()) {
                    String name = caller + " " + route + " as " + variant.path() + " (" + variant.how() + ")";
                    (caller == Caller.RIGHT_KEY ? withKey : keyless).add(dynamicTest(name,
                            () -> check(raw, route, variant, caller, id)));
                }
            }
        }
        DynamicTest unchanged = dynamicTest("keyless requests created and deleted nothing", () -> {
            assertEquals(stored, count(raw));
            assertEquals(200, raw.get("/api/v1/alignments/" + id, Map.of("X-API-Key", KEY)).status());
        });
        return Stream.of(keyless.stream(), Stream.of(unchanged), withKey.stream()).flatMap(s -> s);
    }

    @Test
    void otherMethodsNeedTheKeyTooAndUnknownOnesAreRejected() {
        RawHttp raw = new RawHttp(port);
        for (String method : List.of("HEAD", "OPTIONS", "PUT", "PATCH", "TRACE", "FOO", "PROPFIND", "CONNECT")) {
            for (Caller caller : Caller.values()) {
                Map<String, String> headers = caller.key == null ? Map.of() : Map.of("X-API-Key", caller.key);
                for (String target : List.of("/api/v1/alignments", "/", "/actuator/prometheus")) {
                    RawHttp.Response response = raw.send(method, target, headers, null);
                    String seen = caller + " " + method + " " + target + " -> " + response;
                    // Tomcat answers CONNECT itself, before any filter: 501 Not Implemented
                    assertTrue(response.status() < 500 || method.equals("CONNECT") && response.status() == 501, seen);
                    assertTrue(response.status() / 100 != 2 || caller == Caller.RIGHT_KEY, seen);
                    if (method.equals("FOO") || method.equals("PROPFIND")) {
                        assertEquals(400, response.status(), seen);
                    }
                }
            }
        }
    }

    /** C1 control characters pass Tomcat (as ISO-8859-1 text) but not the firewall, wherever the header is read. */
    @Test
    void aControlCharacterInAHeaderOrParameterNameIsRejectedNot500() {
        RawHttp raw = new RawHttp(port);
        for (String header : List.of("X-API-Key", "Accept", "Origin", "Sec-Fetch-Site", "Content-Type",
                "Accept-Language", "X-Other")) {
            for (Caller caller : Caller.values()) {
                Map<String, String> headers = new LinkedHashMap<>();
                if (caller.key != null) {
                    headers.put("X-API-Key", caller.key);
                }
                headers.put(header, "text/plain\u0085x");
                for (String target : List.of("/api/v1/alignments", "/api/v1/search?q=x", "/actuator/health", "/")) {
                    RawHttp.Response response = raw.get(target, headers);
                    String seen = caller + " " + header + " " + target + " -> " + response;
                    assertTrue(response.status() < 500, seen);
                    assertTrue(response.status() / 100 != 2 || caller == Caller.RIGHT_KEY
                            || target.startsWith("/actuator/health"), seen);
                }
            }
        }
        for (String target : List.of("/api/v1/search?q=x&a%01b=1", "/api/v1/search?q=x%01y",
                "/api/v1/search?q=x&%C2%85=1", "/?key=" + KEY + "&a%01b=1")) {
            RawHttp.Response response = raw.get(target, Map.of("X-API-Key", KEY));
            assertTrue(response.status() < 500, target + " -> " + response);
        }
    }

    private void check(RawHttp raw, Route route, Variant variant, Caller caller, String id) {
        String path = variant.path();
        if (route.method().equals("DELETE") && caller == Caller.RIGHT_KEY) { // each delete that may succeed has its own
            String fresh = route.path().replace("{id}", create(raw));
            path = PathVariants.of(fresh).stream().filter(v -> v.how().equals(variant.how())).findFirst()
                    .orElseThrow().path();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller.key != null) {
            headers.put("X-API-Key", caller.key);
        }
        byte[] body = switch (route.body()) {
            case NONE -> null;
            case JSON -> JSON;
            case MULTIPART -> MULTIPART;
        };
        if (route.body() == Body.JSON) {
            headers.put("Content-Type", "application/json");
        } else if (route.body() == Body.MULTIPART) {
            headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        }
        RawHttp.Response response = raw.send(route.method(), path + route.query(), headers, body);
        String seen = caller + " " + route.method() + " " + path + route.query() + " -> " + response;
        assertTrue(response.status() < 500, seen);
        if (variant.rejected()) {
            assertProblem(400, response, seen);
        } else if (route.open()) {
            if (caller != Caller.RIGHT_KEY || response.status() != 200) {
                assertFalse(response.body().contains("dataDir"), seen);
            }
            if (variant.how().equals("as is")) {
                assertEquals(200, response.status(), seen);
            }
        } else if (caller != Caller.RIGHT_KEY) {
            assertProblem(401, "api-key-required", response, seen);
            assertEquals("X-API-Key", response.header("WWW-Authenticate"), seen);
        } else if (variant.how().equals("as is")) {
            assertEquals(2, response.status() / 100, seen);
        } else if (response.status() / 100 != 2) {
            assertProblem(response.status(), response, seen);
        }
    }

    static void assertProblem(int status, RawHttp.Response response, String seen) {
        assertEquals(status, response.status(), seen);
        assertEquals("application/problem+json", response.mediaType(), seen);
        assertTrue(response.body().contains("\"status\":" + status), seen);
        assertFalse(response.body().contains("Exception"), seen);
    }

    /** As {@link #assertProblem(int, RawHttp.Response, String)}, of the type with this slug. */
    static void assertProblem(int status, String type, RawHttp.Response response, String seen) {
        assertProblem(status, response, seen);
        assertEquals("urn:paralign:problem:" + type, Http.JSON.readTree(response.body()).get("type").asString(), seen);
    }

    static String create(RawHttp raw) {
        RawHttp.Response response = raw.send("POST", "/api/v1/alignments",
                Map.of("X-API-Key", KEY, "Content-Type", "application/json"), JSON);
        assertEquals(201, response.status(), response.toString());
        return Http.JSON.readTree(response.body()).get("id").asString();
    }

    private static int count(RawHttp raw) {
        RawHttp.Response response = raw.get("/api/v1/alignments?size=1", Map.of("X-API-Key", KEY));
        assertEquals(200, response.status(), response.toString());
        return Http.JSON.readTree(response.body()).get("total").asInt();
    }

    private static byte[] multipart() {
        StringBuilder out = new StringBuilder();
        for (String[] field : new String[][] {{"sourceLang", "fr"}, {"targetLang", "ar"}}) {
            out.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        for (String[] file : new String[][] {{"source", Fixture.FRENCH}, {"target", Fixture.ARABIC}}) {
            out.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(file[0])
                    .append("\"; filename=\"").append(file[0]).append(".txt\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append(file[1]).append("\r\n");
        }
        return out.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
