package io.paralign.report;

/** Writes an alignment in one format. */
public interface Renderer {
    /** The whole output; every format but the bead format of an empty alignment ends with a line break. */
    String render(ReportView view);
}
