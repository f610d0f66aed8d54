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
 * @param alignmentThreads how many alignments run at once ({@code paralign.api.alignment-threads}); 0, the default,
 *                       means one per processor. Alignment is CPU-bound: more threads than cores only interleave
 *                       their work, so further requests wait their turn instead
 */
@ConfigurationProperties(prefix = "paralign.api", ignoreUnknownFields = false)
public record ApiProperties(@DefaultValue("5MB") DataSize maxRequestSize, @DefaultValue("100") int maxPageSize,
                            @DefaultValue("0") int alignmentThreads) {
    public ApiProperties {
        if (alignmentThreads < 0) {
            throw new IllegalArgumentException("paralign.api.alignment-threads must not be negative, was "
                    + alignmentThreads);
        }
    }

    /** The number of alignments allowed to run at once. */
    public int concurrentAlignments() {
        return alignmentThreads == 0 ? Runtime.getRuntime().availableProcessors() : alignmentThreads;
    }
}
