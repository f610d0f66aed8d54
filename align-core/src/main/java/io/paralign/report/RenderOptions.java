package io.paralign.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * What a renderer is told besides the alignment; the defaults are in {@link #of}.
 *
 * @param toolVersion written where a format records its creator (TMX header)
 * @param created     when the output is made, to the second (TMX {@code creationdate})
 * @param minScore    TMX: beads (or paragraph units) scoring below this are left out; 0, the default, keeps all
 * @param segments    TMX: a unit per sentence bead (the default) or per paragraph bead
 */
public record RenderOptions(String toolVersion, Instant created, double minScore, SegmentType segments) {
    public RenderOptions {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(segments, "segments");
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the minimum score must be between 0 and 1 (a bead's score), was %s", minScore));
        }
    }

    /** Every unit, a unit per sentence bead. */
    public static RenderOptions of(String toolVersion, Instant created) {
        return new RenderOptions(toolVersion, created, 0, SegmentType.SENTENCE);
    }

    /** @throws IllegalArgumentException when {@code minScore} is not in 0-1 */
    public RenderOptions withMinScore(double minScore) {
        return new RenderOptions(toolVersion, created, minScore, segments);
    }

    public RenderOptions withSegments(SegmentType segments) {
        return new RenderOptions(toolVersion, created, minScore, segments);
    }
}
