package io.paralign.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats, each with its renderer; the CLI's {@code --format} and the service's export name them. */
public enum Format {
    JSON, GOLD, LADDER, TSV, TMX, HTML, XLSX;

    /** The renderer of this format; only TMX reads the options past the tool version and time. */
    public Renderer renderer(RenderOptions options) {
        return switch (this) {
            case JSON -> (TextRenderer) view -> view.json() + "\n";
            case GOLD -> new GoldRenderer();
            case LADDER -> new LadderRenderer();
            case TSV -> new TsvRenderer();
            case TMX -> new TmxWriter(options);
            case HTML -> new HtmlRenderer();
            case XLSX -> new XlsxRenderer();
        };
    }

    /** True for a format whose output is not text (XLSX), which a terminal should not be sent. */
    public boolean isBinary() {
        return this == XLSX;
    }

    /** The format of a name, case-insensitive ({@code tmx}, {@code TMX}). */
    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** The name in lower case, as options and file extensions spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
