package io.paralign.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A format's output as text to compare: the text itself, or for XLSX the workbook read back ({@link XlsxCells}). */
public final class Rendered {
    /** Tool version {@code v}, created at a fixed time. */
    public static final RenderOptions OPTIONS = RenderOptions.of("v", Instant.parse("2026-01-02T03:04:05Z"));

    private Rendered() {
    }

    public static String of(Format format, RenderOptions options, ReportView view) throws Exception {
        return text(format, format.renderer(options).bytes(view));
    }

    public static String of(Format format, ReportView view) throws Exception {
        return of(format, OPTIONS, view);
    }

    /** Bytes a format wrote, as text to compare. */
    public static String text(Format format, byte[] bytes) throws Exception {
        return format.isBinary() ? XlsxCells.dump(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }
}
