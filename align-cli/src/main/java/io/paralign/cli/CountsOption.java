package io.paralign.cli;

import io.paralign.score.WordPairCounts;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --max-entries}: the cap of set-level learning's word-pair counts, for the commands that learn over a set. */
final class CountsOption {
    @Option(names = "--max-entries", paramLabel = "N", defaultValue = "" + WordPairCounts.DEFAULT_MAX_ENTRIES,
            description = "Stems and stem pairs counted per language pair in set-level learning before the counts are "
                    + "sampled (default: ${DEFAULT-VALUE}, about 60 MB).")
    private int maxEntries;

    /** The cap given; a usage error below 1. */
    int maxEntries(CommandLine commandLine) {
        if (maxEntries < 1) {
            throw new ParameterException(commandLine, "--max-entries must be positive, not " + maxEntries);
        }
        return maxEntries;
    }
}
