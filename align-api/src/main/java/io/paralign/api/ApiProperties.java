package io.paralign.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestSize largest request body, JSON or multipart ({@code paralign.api.max-request-size}, default 5MB);
 *                       larger requests get 413
 * @param maxPageSize    largest {@code size} of a page of pairs, flags, alignments or search hits (default 100)
 */
@ConfigurationProperties(prefix = "paralign.api", ignoreUnknownFields = false)
public record ApiProperties(@DefaultValue("5MB") DataSize maxRequestSize, @DefaultValue("100") int maxPageSize) {
}
