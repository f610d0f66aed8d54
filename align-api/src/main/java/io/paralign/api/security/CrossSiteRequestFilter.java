package io.paralign.api.security;

import io.paralign.api.problem.ProblemType;
import io.paralign.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 403 a state-changing request (any method but GET, HEAD, OPTIONS and TRACE) that a browser sent from
 * another origin, such as a form on another site posting to the API: the browser says so in
 * {@code Sec-Fetch-Site} (anything but {@code same-origin} or {@code none}), or, when it sends no
 * {@code Sec-Fetch-Site}, by an {@code Origin} whose host and port are not the request's {@code Host}. A request
 * with neither header comes from no browser (curl, scripts) and goes on. No token is needed, so API clients change
 * nothing. With keys on, a page on another site cannot add the key header anyway; with keys off (the default), this
 * is what keeps such a page from writing to or deleting from a service its visitor can reach.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && crossOrigin(request)) {
            Problems.write(response, Problems.of(ProblemType.CROSS_SITE_REQUEST,
                    "a browser sent this " + request.getMethod() + " from another origin"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !SAME_ORIGIN.contains(site.strip().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            // "null" (an opaque origin: a sandboxed frame, a file) has no authority and is refused
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority == null || host == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
