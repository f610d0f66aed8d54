package io.paralign.api;

import static io.paralign.api.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every error answer of the API must be: a problem detail with a type, naming nothing of the server. */
final class ProblemAssertions {
    private static final List<String> INTERNAL_NAMES = List.of("io.paralign", "java.", "tools.jackson",
            "org.springframework", "jakarta.", "Exception", "at io.paralign");

    private ProblemAssertions() {
    }

    /** A problem detail of this status, with a {@code urn:paralign:problem:} type, naming no internals. */
    static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        JsonNode problem = json(response);
        assertEquals(status, problem.get("status").asInt(), response.body());
        assertTrue(problem.get("type").asString().startsWith("urn:paralign:problem:"), response.body());
        assertNoInternalNames(response);
    }

    /** As {@link #assertProblem(int, HttpResponse)}, of the type with this slug. */
    static void assertProblem(int status, String type, HttpResponse<String> response) {
        assertProblem(status, response);
        assertEquals("urn:paralign:problem:" + type, json(response).get("type").asString(), response.body());
    }

    /** As {@link #assertProblem(int, String, HttpResponse)}, whose detail says {@code detail}. */
    static void assertProblem(int status, String type, String detail, HttpResponse<String> response) {
        assertProblem(status, type, response);
        assertTrue(json(response).get("detail").asString().contains(detail), response.body());
    }

    /** No package, class, exception or stack frame of the server in the body. */
    static void assertNoInternalNames(HttpResponse<String> response) {
        for (String name : INTERNAL_NAMES) {
            assertFalse(response.body().contains(name), "'" + name + "' in " + response.body());
        }
    }
}
