package io.paralign.api.security;

import io.paralign.api.problem.ProblemType;
import io.paralign.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security answers, as problem details like every other error: 401 without an accepted key, 403 when access is
 * denied, 400 when the firewall rejects the request (a path with {@code ;}, an encoded {@code /}, {@code .} or
 * {@code %}, {@code ..} or {@code //}; a header with control characters).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityProblems.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", ApiKeyAuthenticationFilter.HEADER);
        Problems.write(response, Problems.of(ProblemType.API_KEY_REQUIRED,
                ApiKeyAuthenticationFilter.key(request) == null
                        ? "send a key in the " + ApiKeyAuthenticationFilter.HEADER + " header"
                        : "the " + ApiKeyAuthenticationFilter.HEADER + " is not accepted"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, Problems.of(ProblemType.FORBIDDEN, "access to this resource is denied"));
    }

    /** Runs outside the security filters, so the headers they would write are set here. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        LOG.debug("request rejected: {}", e.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Problems.write(response, Problems.of(ProblemType.REJECTED_REQUEST,
                "the request path or a header holds characters or sequences that are not accepted "
                        + "(such as ';', '//', '..' or an encoded '/', '.' or '%')"));
    }
}
