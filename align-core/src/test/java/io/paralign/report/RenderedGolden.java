package io.paralign.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The golden files of every format for two alignments: the seed pair ({@code seed-000-001.*}) and the result made
 * by hand ({@code two-beads.*}, {@link MadeResults#TWO_BEADS}, untitled). TMX names its creator version
 * {@code golden} and its creation date {@link #CREATED}. XLSX's golden file holds the workbook read back
 * ({@link XlsxCells}, {@code *.xlsx.cells}), not its zip bytes.
 */
enum RenderedGolden {
    SEED("seed-000-001"), TWO_BEADS("two-beads");

    static final String VERSION = "golden";
    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
    private final String name;

    RenderedGolden(String name) {
        this.name = name;
    }

    Path file(Format format) {
        String extension = format.isBinary() ? format.code() + ".cells" : format.code();
        return Path.of("src", "test", "resources", "gold", name + "." + extension);
    }

    ReportView view() throws Exception {
        // the seed pair titled by its file names, as align and batch title it
        return this == SEED
                ? ReportView.of(SeedPairGolden.result()).titled(SeedPairGolden.SOURCE, SeedPairGolden.TARGET)
                : ReportView.of(MadeResults.TWO_BEADS);
    }

    /** The golden file of TMX with a unit per aligned paragraph bead ({@code *.paragraph.tmx}). */
    Path paragraphTmxFile() {
        return Path.of("src", "test", "resources", "gold", name + ".paragraph.tmx");
    }

    String currentParagraphTmx() throws Exception {
        return Rendered.of(Format.TMX, RenderOptions.of(VERSION, CREATED).withSegments(SegmentType.PARAGRAPH), view());
    }

    String current(Format format) throws Exception {
        return Rendered.of(format, RenderOptions.of(VERSION, CREATED), view());
    }
}
