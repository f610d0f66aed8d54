package io.paralign.api.security;

import io.paralign.api.problem.ProblemType;
import io.paralign.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 401 problem+json to a protected request without a configured key. Keys are compared in constant time. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";
    private static final Set<String> PAGES = Set.of("/", "/index.html");

    private final List<byte[]> keys;

    ApiKeyFilter(ApiKeyProperties properties) {
        this.keys = properties.apiKeys().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return keys.isEmpty() || !(path.startsWith("/api/v1/") || path.equals("/api/v1") || PAGES.contains(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (key == null && PAGES.contains(path)) {
            key = request.getParameter("key");
        }
        if (key != null && accepted(key.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", HEADER);
        Problems.write(response, Problems.of(ProblemType.API_KEY_REQUIRED,
                key == null ? "send a key in the " + HEADER + " header" : "the " + HEADER + " is not accepted"));
    }

    private boolean accepted(byte[] given) {
        boolean found = false;
        for (byte[] key : keys) {
            found |= MessageDigest.isEqual(key, given);
        }
        return found;
    }
}
