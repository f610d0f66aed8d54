package io.paralign.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats, each with its renderer; the CLI's {@code --format} and the service's export name them. */
public enum Format {
    JSON, GOLD, LADDER, TSV, TMX, HTML;

    /** @param toolVersion written where a format records its creator (TMX header) */
    public Renderer renderer(String toolVersion) {
        return switch (this) {
            case JSON -> view -> view.json() + "\n";
            case GOLD -> new GoldRenderer();
            case LADDER -> new LadderRenderer();
            case TSV -> new TsvRenderer();
            case TMX -> new TmxWriter(toolVersion);
            case HTML -> new HtmlRenderer();
        };
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
