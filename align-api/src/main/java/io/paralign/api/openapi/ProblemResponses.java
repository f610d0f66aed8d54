package io.paralign.api.openapi;

import io.paralign.api.problem.ProblemType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an operation answers with besides those every operation may give ({@link OpenApiConfiguration#EVERY}
 * and, for writes, {@link OpenApiConfiguration#WRITES}); each is documented in the OpenAPI description under its
 * status, as {@code application/problem+json}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProblemResponses {
    ProblemType[] value();
}
