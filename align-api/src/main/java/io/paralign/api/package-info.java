/**
 * HTTP shell over align-core: one Spring Boot application, packaged by feature ({@code alignment}, {@code export},
 * {@code search}, {@code store}, {@code problem}, {@code security}). No alignment logic lives here: every request
 * calls {@link io.paralign.pipeline.AlignmentPipeline}.
 */
package io.paralign.api;
