package io.paralign.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that read article texts. */
final class InputOptions {
    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextFiles.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than N bytes (default: ${DEFAULT-VALUE}, 5 MB).")
    long maxBytes;

    @Option(names = "--pre-segmented",
            description = "Inputs hold one sentence a line, a blank line between paragraphs.")
    boolean preSegmented;
}
