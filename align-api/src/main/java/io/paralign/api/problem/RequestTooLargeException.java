package io.paralign.api.problem;

/** A request body is larger than {@code paralign.api.max-request-size}. */
public class RequestTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
