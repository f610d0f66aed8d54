package io.paralign.cli.render;

/** The output formats of {@code align}, each with its renderer. */
public enum Format {
    JSON, GOLD, LADDER, TSV, TMX, HTML;

    /** @param toolVersion written where a format records its creator (TMX header) */
    public Renderer renderer(String toolVersion) {
        return switch (this) {
            case JSON -> new JsonRenderer();
            case GOLD -> new GoldRenderer();
            case LADDER -> new LadderRenderer();
            case TSV -> new TsvRenderer();
            case TMX -> new TmxWriter(toolVersion);
            case HTML -> new HtmlRenderer();
        };
    }
}
