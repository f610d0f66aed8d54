package io.paralign.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code 403 forbidden}, the answer to a caller Spring Security denies after letting it in. No rule denies a caller
 * with a key today (every route is open or needs a key, nothing more), so no request over HTTP reaches it; the handler
 * itself is checked here, for the rules that will.
 */
class SecurityProblemsTest {

    @Test
    void accessDeniedIsAForbiddenProblem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityProblems().handle(new MockHttpServletRequest("GET", "/api/v1/alignments"), response,
                new AccessDeniedException("Access Denied by io.paralign.SomeRule"));
        assertEquals(403, response.getStatus());
        assertEquals("application/problem+json", response.getContentType().split(";")[0]);
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertEquals("urn:paralign:problem:forbidden", problem.get("type").asString());
        assertEquals(403, problem.get("status").asInt());
        assertEquals("Forbidden", problem.get("title").asString());
        assertEquals("access to this resource is denied", problem.get("detail").asString());
    }
}
