package io.paralign.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The golden files of every format for two alignments: the seed pair ({@code seed-000-001.*}) and the result made
 * by hand ({@code two-beads.*}, {@link MadeResults#TWO_BEADS}, untitled). TMX names its creator version
 * {@code golden}.
 */
enum RenderedGolden {
    SEED("seed-000-001"), TWO_BEADS("two-beads");

    static final String VERSION = "golden";
    private final String name;

    RenderedGolden(String name) {
        this.name = name;
    }

    Path file(Format format) {
        return Path.of("src", "test", "resources", "gold", name + "." + format.code());
    }

    ReportView view() throws IOException {
        // the seed pair titled by its file names, as align and batch title it
        return this == SEED
                ? ReportView.of(SeedPairGolden.result()).titled(SeedPairGolden.SOURCE, SeedPairGolden.TARGET)
                : ReportView.of(MadeResults.TWO_BEADS);
    }

    String current(Format format) throws IOException {
        return format.renderer(VERSION).render(view());
    }
}
