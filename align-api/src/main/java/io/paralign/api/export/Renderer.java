package io.paralign.api.export;

/** Writes an alignment in one export format. */
interface Renderer {
    String render(ExportView alignment);
}
