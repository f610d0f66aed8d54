package io.paralign.api;

import io.paralign.api.store.QueryLimits;
import java.time.Duration;
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
 *                       their work, so further requests wait their turn instead. One more thread serves small
 *                       requests only
 * @param alignmentDeadline how long an alignment may take from its arrival, waiting included (default 30s); then
 *                       it is cancelled and answered with 503
 * @param alignmentMemory heap given to running alignments together; 0, the default, means half of the maximum heap
 * @param alignmentBytesPerCharacter estimated heap an alignment needs per character of its two texts (measured;
 *                       see align-api's README)
 * @param alignmentBytesPerSentenceBreak estimated heap an alignment needs per line break or sentence-final mark
 * @param smallAlignmentMemory largest estimate of a small request, which may take the thread reserved for small
 *                       requests, and the memory kept for that thread (default 8MB, about four times the seed
 *                       pair's estimate; at most half of {@code alignmentMemory})
 * @param alignmentQueue most alignments waiting for their turn at once; more get 503
 * @param search         limits of search queries ({@code paralign.api.search.*})
 */
@ConfigurationProperties(prefix = "paralign.api", ignoreUnknownFields = false)
public record ApiProperties(@DefaultValue("5MB") DataSize maxRequestSize, @DefaultValue("100") int maxPageSize,
                            @DefaultValue("0") int alignmentThreads, @DefaultValue("30s") Duration alignmentDeadline,
                            @DefaultValue("0") DataSize alignmentMemory,
                            @DefaultValue("64") int alignmentBytesPerCharacter,
                            @DefaultValue("3000") int alignmentBytesPerSentenceBreak,
                            @DefaultValue("8MB") DataSize smallAlignmentMemory,
                            @DefaultValue("64") int alignmentQueue, @DefaultValue Search search) {
    public ApiProperties {
        if (alignmentThreads < 0) {
            throw new IllegalArgumentException("paralign.api.alignment-threads must not be negative, was "
                    + alignmentThreads);
        }
        if (alignmentDeadline.isNegative() || alignmentDeadline.isZero()) {
            throw new IllegalArgumentException("paralign.api.alignment-deadline must be positive, was "
                    + alignmentDeadline);
        }
        if (alignmentMemory.isNegative() || smallAlignmentMemory.isNegative() || alignmentQueue < 0
                || alignmentBytesPerCharacter < 0 || alignmentBytesPerSentenceBreak < 0) {
            throw new IllegalArgumentException("paralign.api.alignment-memory, small-alignment-memory, "
                    + "alignment-queue and alignment-bytes-per-* must not be negative, were " + alignmentMemory + ", "
                    + smallAlignmentMemory + ", " + alignmentQueue + ", " + alignmentBytesPerCharacter + ", "
                    + alignmentBytesPerSentenceBreak);
        }
    }

    /**
     * Limits of {@code GET /api/v1/search}'s {@code q}; longer or costlier queries get 400 query-too-complex.
     *
     * @param maxQueryLength  most characters ({@code paralign.api.search.max-query-length}, default 500)
     * @param maxQueryTerms   most words ({@code paralign.api.search.max-query-terms}, default 20): with no language,
     *                        each word is searched in every language field, and Lucene allows 1,024 clauses
     * @param maxPrefixTerms  most prefix operators, {@code word*} ({@code paralign.api.search.max-prefix-terms},
     *                        default 4)
     */
    public record Search(@DefaultValue("500") int maxQueryLength, @DefaultValue("20") int maxQueryTerms,
                         @DefaultValue("4") int maxPrefixTerms) {
        public Search {
            limits(maxQueryLength, maxQueryTerms, maxPrefixTerms);
        }

        public QueryLimits limits() {
            return limits(maxQueryLength, maxQueryTerms, maxPrefixTerms);
        }

        private static QueryLimits limits(int maxQueryLength, int maxQueryTerms, int maxPrefixTerms) {
            try {
                return new QueryLimits(maxQueryLength, maxQueryTerms, maxPrefixTerms);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("paralign.api.search: " + e.getMessage(), e);
            }
        }
    }

    /** The number of alignments of any size allowed to run at once. */
    public int concurrentAlignments() {
        return alignmentThreads == 0 ? Runtime.getRuntime().availableProcessors() : alignmentThreads;
    }

    /** The heap, in bytes, that running alignments may take together. */
    public long alignmentMemoryBytes() {
        return alignmentMemory.toBytes() == 0 ? Runtime.getRuntime().maxMemory() / 2 : alignmentMemory.toBytes();
    }

    /** The heap, in bytes, kept for the thread that only small requests take. */
    public long smallAlignmentMemoryBytes() {
        return Math.min(alignmentMemoryBytes() / 2, smallAlignmentMemory.toBytes());
    }
}
