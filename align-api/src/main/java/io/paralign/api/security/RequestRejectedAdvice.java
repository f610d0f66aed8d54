package io.paralign.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The firewall checks a header or parameter name when it is read, which may be in Spring MVC (the
 * {@code Content-Type} of a GET, say): answered 400 as when the security filters read it, ahead of the catch-all
 * handler that would answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestRejectedAdvice {
    private final SecurityProblems problems = new SecurityProblems();

    @ExceptionHandler(RequestRejectedException.class)
    void rejected(RequestRejectedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.handle(request, response, e);
    }
}
