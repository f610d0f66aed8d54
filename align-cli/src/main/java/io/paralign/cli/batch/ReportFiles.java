package io.paralign.cli.batch;

import io.paralign.report.Format;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a pair's report folder: {@code report.json} always (written last, it marks a finished pair), and one
 * file for each other format asked for ({@code --formats}).
 *
 * @param formats the formats written besides JSON
 */
public record ReportFiles(Set<Format> formats) {
    public static final String JSON = "report.json";

    public ReportFiles {
        EnumSet<Format> copy = EnumSet.noneOf(Format.class);
        copy.addAll(formats);
        copy.remove(Format.JSON);
        formats = Collections.unmodifiableSet(copy); // in the order of Format
    }

    /** The file a format is written to, in the pair's folder. */
    public static String name(Format format) {
        return switch (format) {
            case JSON -> JSON;
            case HTML -> "report.html";
            case TMX -> "pairs.tmx";
            case TSV -> "pairs.tsv";
            case GOLD -> "beads.gold";
            case LADDER -> "beads.ladder";
            case XLSX -> "pairs.xlsx";
        };
    }

    /** The files besides {@code report.json}, in the order of {@link Format}. */
    public List<String> extraNames() {
        return formats.stream().map(ReportFiles::name).toList();
    }

    /** Every file any batch may have left in a pair's folder, for clearing a failed pair's stale outputs. */
    public static List<String> allNames() {
        return EnumSet.allOf(Format.class).stream().map(ReportFiles::name).toList();
    }

    /** The file the summary page links to: the HTML report when there is one, else the JSON. */
    public String linked() {
        return formats.contains(Format.HTML) ? name(Format.HTML) : JSON;
    }
}
