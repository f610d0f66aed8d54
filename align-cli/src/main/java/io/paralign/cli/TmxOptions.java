package io.paralign.cli;

import io.paralign.report.RenderOptions;
import io.paralign.report.SegmentType;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of TMX output, which {@code align} and {@code batch} share, and the render options they make. */
final class TmxOptions {
    @Option(names = "--min-score", paramLabel = "X",
            description = "TMX: leave out units whose score (0 to 1, as written: three decimals) is below X "
                    + "(default: 0, every unit).")
    Double minScore;

    @Option(names = "--tmx-segtype", paramLabel = "TYPE",
            description = "TMX: sentence (the default: a unit per aligned sentence bead) or paragraph (a unit per "
                    + "aligned paragraph bead with all its sentences, segtype=\"paragraph\").")
    SegmentType segments;

    /**
     * The render options of a run made now.
     *
     * @param writesTmx whether the run writes TMX; when it does not, the TMX options are refused rather than ignored
     * @param tmxOption how the run asks for TMX, for the message ({@code --format tmx})
     */
    RenderOptions options(CommandLine command, boolean writesTmx, String tmxOption) {
        RenderOptions options = RenderOptions.of(VersionProvider.version(), Instant.now());
        if (minScore == null && segments == null) {
            return options;
        }
        if (!writesTmx) {
            throw new ParameterException(command, "--min-score and --tmx-segtype apply to TMX output only ("
                    + tmxOption + ")");
        }
        try {
            return options.withMinScore(minScore == null ? 0 : minScore)
                    .withSegments(segments == null ? SegmentType.SENTENCE : segments);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command, "--min-score: " + e.getMessage());
        }
    }
}
