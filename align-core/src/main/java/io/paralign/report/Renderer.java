package io.paralign.report;

/**
 * Writes an alignment in one format, as the bytes of the file: UTF-8 text for every format but XLSX ({@link
 * TextRenderer}), a zip for XLSX. The CLI's files and standard output and the service's export all take these bytes.
 */
public interface Renderer {
    /** The whole output. */
    byte[] bytes(ReportView view);
}
