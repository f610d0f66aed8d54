/**
 * The service's OpenAPI description beyond what springdoc reads from the controllers: its title and version, the
 * problem-details schema, and the problems each operation may answer with ({@link ProblemResponses}), grouped by
 * status. Served at {@code /v3/api-docs}; {@code OpenApiIT} checks it is complete.
 */
package io.paralign.api.openapi;
