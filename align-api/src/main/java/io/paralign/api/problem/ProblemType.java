package io.paralign.api.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with, each with a stable {@code type} URI ({@code urn:paralign:problem:<slug>},
 * listed in align-api's README), its status and its title. Slugs never change once published; a client may branch
 * on them.
 */
public enum ProblemType {
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST, "Bad request"),
    INVALID_TEXT("invalid-text", HttpStatus.BAD_REQUEST, "Invalid text"),
    UNSUPPORTED_LANGUAGE("unsupported-language", HttpStatus.BAD_REQUEST, "Unsupported language"),
    SAME_LANGUAGE("same-language", HttpStatus.BAD_REQUEST, "Same language on both sides"),
    LANGUAGE_NOT_DETECTED("language-not-detected", HttpStatus.BAD_REQUEST, "Language not detected"),
    LANGUAGE_MISMATCH("language-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "Text not in the language given"),
    QUERY_TOO_COMPLEX("query-too-complex", HttpStatus.BAD_REQUEST, "Query too long or too expensive"),
    REJECTED_REQUEST("rejected-request", HttpStatus.BAD_REQUEST, "Request rejected"),
    API_KEY_REQUIRED("api-key-required", HttpStatus.UNAUTHORIZED, "API key required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    CROSS_SITE_REQUEST("cross-site-request", HttpStatus.FORBIDDEN, "Cross-site request refused"),
    ALIGNMENT_NOT_FOUND("alignment-not-found", HttpStatus.NOT_FOUND, "Alignment not found"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "Service overloaded"),
    DEADLINE_EXCEEDED("deadline-exceeded", HttpStatus.SERVICE_UNAVAILABLE, "Deadline exceeded"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String PREFIX = "urn:paralign:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** The last part of the type URI, e.g. {@code alignment-not-found}. */
    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The generic type for a status that a framework or the container answered with (an unknown route, a method
     * or media type not served): {@link #INTERNAL_ERROR} for any 5xx but 503, {@link #REJECTED_REQUEST} for other
     * 4xx statuses without a kind of their own.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> REJECTED_REQUEST;
            case 401 -> API_KEY_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REJECTED_REQUEST;
        };
    }
}
