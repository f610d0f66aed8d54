package io.paralign.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a problem detail from a servlet filter, outside Spring MVC. */
public final class Problems {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Problems() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(MAPPER.writeValueAsString(body));
    }

    /** A problem detail of a kind: its type URI, status and title, and the detail given. */
    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
