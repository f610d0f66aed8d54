package io.paralign.api.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an accepted key in the {@code X-API-Key} header, or, for the review page
 * only ({@code GET /} and {@code /index.html}), in the {@code key} query parameter. A request without an accepted key
 * goes on unauthenticated: the authorization rules decide whether it needs one. When no key is configured every
 * request is authenticated, so that a caller without a key may do what a key would allow (health details included).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";
    static final String ROLE = "API_KEY";
    private static final RequestMatcher PAGE = new OrRequestMatcher(pathPattern(HttpMethod.GET, "/"),
            pathPattern(HttpMethod.GET, "/index.html"));

    private final ApiKeys keys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeys keys) {
        this.keys = keys;
    }

    /** The key the request gives, or null. */
    static String key(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        return key == null && PAGE.matches(request) ? request.getParameter("key") : key;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keys.isEmpty() || keys.accepts(key(request))) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(keys.isEmpty() ? "open" : "api-key",
                    null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
