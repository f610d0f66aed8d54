package io.paralign.api.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of every error answer (RFC 9457), for the OpenAPI description only. */
@Schema(name = "ProblemDetail", description = "An error, as RFC 9457 application/problem+json")
record ProblemSchema(
        @Schema(description = "urn:paralign:problem:<slug>; slugs never change, a client may branch on them",
                example = "urn:paralign:problem:alignment-not-found") String type,
        @Schema(description = "a short summary of the kind of problem", example = "Alignment not found")
        String title,
        @Schema(description = "the HTTP status", example = "404") int status,
        @Schema(description = "what was wrong in this request, naming the field or parameter at fault",
                example = "no alignment with id 'x'") String detail,
        @Schema(description = "the path of the request", example = "/api/v1/alignments/x") String instance) {
}
