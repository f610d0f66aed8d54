package io.paralign.api.export;

import io.paralign.report.Format;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The export formats: align-core's {@link Format}s with their media types and file extensions. */
enum ExportFormat {
    TMX(Format.TMX, "application/x-tmx+xml;charset=UTF-8", "tmx"),
    TSV(Format.TSV, "text/tab-separated-values;charset=UTF-8", "tsv"),
    GOLD(Format.GOLD, "text/plain;charset=UTF-8", "txt"),
    LADDER(Format.LADDER, "text/plain;charset=UTF-8", "ladder"),
    HTML(Format.HTML, "text/html;charset=UTF-8", "html"),
    JSON(Format.JSON, "application/json", "json"),
    XLSX(Format.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    final Format format;
    final MediaType mediaType;
    final String extension;

    ExportFormat(Format format, String mediaType, String extension) {
        this.format = format;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    /** The format named by a request parameter, case-insensitive; null when there is none. */
    static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT))).findFirst()
                .orElse(null);
    }
}
