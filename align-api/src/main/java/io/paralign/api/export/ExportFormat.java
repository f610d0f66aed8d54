package io.paralign.api.export;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The export formats, their media types, file extensions and renderers. */
enum ExportFormat {
    TMX("application/x-tmx+xml;charset=UTF-8", "tmx", new TmxRenderer()),
    TSV("text/tab-separated-values;charset=UTF-8", "tsv", new TsvRenderer()),
    GOLD("text/plain;charset=UTF-8", "txt", new GoldRenderer()),
    LADDER("text/plain;charset=UTF-8", "ladder", new LadderRenderer()),
    HTML("text/html;charset=UTF-8", "html", new HtmlRenderer());

    final MediaType mediaType;
    final String extension;
    final Renderer renderer;

    ExportFormat(String mediaType, String extension, Renderer renderer) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
        this.renderer = renderer;
    }

    /** The format named by a request parameter, case-insensitive; null when there is none. */
    static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT))).findFirst()
                .orElse(null);
    }
}
