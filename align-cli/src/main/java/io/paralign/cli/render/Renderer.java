package io.paralign.cli.render;

import io.paralign.pipeline.AlignmentResult;

/** Writes an alignment result as text in one format. */
public interface Renderer {
    /** The whole output, ending with a newline. */
    String render(AlignmentResult result);
}
