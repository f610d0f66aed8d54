package io.paralign.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The problem types clients branch on: each slug and status as align-api's README lists them, never renamed. */
class ProblemTypeTest {
    @Test
    void theSlugsAndStatusesAreThePublishedOnes() {
        Map<String, Integer> published = new TreeMap<>(Map.ofEntries(
                Map.entry("urn:paralign:problem:malformed-body", 400),
                Map.entry("urn:paralign:problem:invalid-request", 400),
                Map.entry("urn:paralign:problem:bad-parameter", 400),
                Map.entry("urn:paralign:problem:invalid-text", 400),
                Map.entry("urn:paralign:problem:unsupported-language", 400),
                Map.entry("urn:paralign:problem:same-language", 400),
                Map.entry("urn:paralign:problem:language-not-detected", 400),
                Map.entry("urn:paralign:problem:query-too-complex", 400),
                Map.entry("urn:paralign:problem:rejected-request", 400),
                Map.entry("urn:paralign:problem:api-key-required", 401),
                Map.entry("urn:paralign:problem:cross-site-request", 403),
                Map.entry("urn:paralign:problem:forbidden", 403),
                Map.entry("urn:paralign:problem:alignment-not-found", 404),
                Map.entry("urn:paralign:problem:not-found", 404),
                Map.entry("urn:paralign:problem:method-not-allowed", 405),
                Map.entry("urn:paralign:problem:not-acceptable", 406),
                Map.entry("urn:paralign:problem:request-too-large", 413),
                Map.entry("urn:paralign:problem:unsupported-media-type", 415),
                Map.entry("urn:paralign:problem:language-mismatch", 422),
                Map.entry("urn:paralign:problem:overloaded", 503),
                Map.entry("urn:paralign:problem:deadline-exceeded", 503),
                Map.entry("urn:paralign:problem:unavailable", 503),
                Map.entry("urn:paralign:problem:internal-error", 500)));
        assertEquals(published, Arrays.stream(ProblemType.values()).collect(Collectors.toMap(
                t -> t.uri().toString(), t -> t.status().value(), (a, b) -> a, TreeMap::new)));
    }

    /** A status the framework or the container answered with gets the generic type of that status. */
    @Test
    void statusesWithoutAKindOfTheirOwn() {
        assertEquals(ProblemType.REJECTED_REQUEST, ProblemType.forStatus(400));
        assertEquals(ProblemType.API_KEY_REQUIRED, ProblemType.forStatus(401));
        assertEquals(ProblemType.FORBIDDEN, ProblemType.forStatus(403));
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.NOT_ACCEPTABLE, ProblemType.forStatus(406));
        assertEquals(ProblemType.REQUEST_TOO_LARGE, ProblemType.forStatus(413));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.REJECTED_REQUEST, ProblemType.forStatus(418));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(500));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(501));
        assertEquals(ProblemType.UNAVAILABLE, ProblemType.forStatus(503));
    }
}
