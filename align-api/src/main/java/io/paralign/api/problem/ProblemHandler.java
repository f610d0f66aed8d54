package io.paralign.api.problem;

import io.paralign.api.ApiProperties;
import io.paralign.api.alignment.AlignmentNotFoundException;
import io.paralign.api.alignment.BadParameterException;
import io.paralign.api.alignment.SameLanguageException;
import io.paralign.api.store.QueryTooComplexException;
import io.paralign.api.alignment.DeadlineExceededException;
import io.paralign.api.alignment.OverloadedException;
import io.paralign.api.alignment.TooLargeForMemoryException;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.InvalidTextException;
import io.paralign.language.LanguageMismatchException;
import io.paralign.model.UnsupportedLanguageException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Maps exceptions to problem details. Spring MVC's own exceptions (unreadable body, unsupported media type, missing
 * parameter or part, unknown route, upload too large) are handled by the base class with their usual statuses.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    /**
     * Seconds a client refused for load should wait: every alignment admitted or waiting now is done or cancelled
     * within one deadline.
     */
    private final String retryAfter;

    ProblemHandler(ApiProperties properties) {
        this.retryAfter = Long.toString(Math.max(1, properties.alignmentDeadline().toSeconds()));
    }

    @ExceptionHandler(AlignmentNotFoundException.class)
    ProblemDetail notFound(AlignmentNotFoundException e) {
        return Problems.of(ProblemType.ALIGNMENT_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnsupportedLanguageException.class)
    ProblemDetail unsupportedLanguage(UnsupportedLanguageException e) {
        return Problems.of(ProblemType.UNSUPPORTED_LANGUAGE, e.getMessage());
    }

    @ExceptionHandler(UnknownLanguageException.class)
    ProblemDetail undetectedLanguage(UnknownLanguageException e) {
        return Problems.of(ProblemType.LANGUAGE_NOT_DETECTED, e.getMessage());
    }

    @ExceptionHandler(LanguageMismatchException.class)
    ProblemDetail languageMismatch(LanguageMismatchException e) {
        return Problems.of(ProblemType.LANGUAGE_MISMATCH, e.getMessage());
    }

    @ExceptionHandler(SameLanguageException.class)
    ProblemDetail sameLanguage(SameLanguageException e) {
        return Problems.of(ProblemType.SAME_LANGUAGE, e.getMessage());
    }

    @ExceptionHandler(InvalidTextException.class)
    ProblemDetail invalidText(InvalidTextException e) {
        return Problems.of(ProblemType.INVALID_TEXT, e.getMessage());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return Problems.of(ProblemType.BAD_PARAMETER, e.getMessage());
    }

    @ExceptionHandler(QueryTooComplexException.class)
    ProblemDetail queryTooComplex(QueryTooComplexException e) {
        return Problems.of(ProblemType.QUERY_TOO_COMPLEX, e.getMessage());
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return Problems.of(ProblemType.REQUEST_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(TooLargeForMemoryException.class)
    ProblemDetail tooLargeForMemory(TooLargeForMemoryException e) {
        return Problems.of(ProblemType.REQUEST_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(OverloadedException.class)
    ResponseEntity<ProblemDetail> overloaded(OverloadedException e) {
        return retryLater(Problems.of(ProblemType.OVERLOADED, e.getMessage()));
    }

    @ExceptionHandler(DeadlineExceededException.class)
    ResponseEntity<ProblemDetail> deadlineExceeded(DeadlineExceededException e) {
        return retryLater(Problems.of(ProblemType.DEADLINE_EXCEEDED, e.getMessage()));
    }

    private ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, retryAfter).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return Problems.of(ProblemType.INTERNAL_ERROR, "the server could not handle the request; see its log");
    }

    /** An absent body, JSON that does not parse, or a value of the wrong type, named by its field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable json = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
            if (json == null && cause instanceof JacksonException) {
                json = cause;
            }
        }
        String detail = json != null ? BodyErrors.describe(json)
                : e.getCause() == null ? BodyErrors.describe(null) : "the request body cannot be read";
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_BODY, detail));
    }

    /** A multipart body that cannot be parsed: no boundary, or a truncated or malformed part. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_BODY,
                "the multipart body cannot be read; send multipart/form-data with a boundary parameter and the parts "
                        + "source and target"));
    }

    /** A parameter that is not of its type: {@code page=abc}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "a whole number" : type == boolean.class || type == Boolean.class ? "true or false" : "valid";
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.BAD_PARAMETER,
                name + " must be " + expected + ", was '" + e.getValue() + "'"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.INVALID_REQUEST, fields));
    }

    /**
     * Spring MVC's own problems (unknown route, method, media type, missing parameter) get the type of their status,
     * and a generic detail in place of one that names internals (a class, a method signature, a package) or of none
     * (an asynchronous request timed out).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(ProblemType.forStatus(status.value()).uri());
            }
            problem.setDetail(Internals.hide(problem.getDetail(), status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
