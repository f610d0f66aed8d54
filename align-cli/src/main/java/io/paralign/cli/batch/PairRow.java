package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paralign.batch.DocumentPair;
import io.paralign.batch.PairedBy;
import io.paralign.diverge.FlagType;
import io.paralign.model.Side;
import io.paralign.report.HtmlRenderer;
import io.paralign.report.ReportView;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * One pair's line in the summary, read from its JSON report (so a resumed run summarizes finished pairs the same
 * way as new ones).
 *
 * @param source      source file name as given
 * @param target      target file name as given
 * @param folder      the pair's report folder under the output
 * @param score       pairing score (1 for manifest pairs)
 * @param sourceSide  source language, paragraph and sentence counts, coverage
 * @param targetSide  the same for the target
 * @param flagCounts  number of flags of each type, every type listed
 * @param worstFlags  the most confident flags
 * @param pairedBy    how the pair was made, a {@link PairedBy} code
 */
public record PairRow(String source, String target, String folder, double score, SideRow sourceSide,
                      SideRow targetSide, Map<String, Integer> flagCounts, List<Flag> worstFlags,
                      String pairedBy)
        implements PairOutcome {
    static final int WORST = 3;

    @Override
    public String sourceLanguage() {
        return sourceSide.language();
    }

    @Override
    public String targetLanguage() {
        return targetSide.language();
    }

    @Override
    public String status() {
        return "paired";
    }

    /**
     * A flag as the summaries show it.
     *
     * @param type flag type code
     * @param side {@code source} or {@code target}
     * @param text   the flagged text, on one line, shortened
     * @param anchor where the pair's HTML report shows it ({@code b12}: {@link HtmlRenderer#anchor})
     */
    public record Flag(String type, String side, String text, String anchor) {
        /** {@code TYPE (side): text}, as in summary.json and summary.csv. */
        public String line() {
            return type + " (" + side + "): " + text;
        }
    }

    /**
     * @param language          BCP 47 tag
     * @param paragraphs        paragraph count
     * @param sentences         sentence count
     * @param sentenceCoverage  share of sentences aligned
     * @param characterCoverage share of characters aligned
     */
    public record SideRow(String language, int paragraphs, int sentences, double sentenceCoverage,
                          double characterCoverage) {
        static SideRow of(JsonNode document, JsonNode coverage) {
            return new SideRow(document.get("language").asString(), document.get("paragraphs").size(),
                    document.get("sentences").size(), coverage.get("sentenceShare").asDouble(),
                    coverage.get("characterShare").asDouble());
        }
    }

    /**
     * @param folder the pair's report folder ({@link ReportFolders})
     * @param report its JSON report, with the fields {@link StoredReport} checks (beads and flags for the anchors)
     */
    public static PairRow of(DocumentPair pair, String folder, JsonNode report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FlagType type : FlagType.values()) {
            counts.put(type.name(), 0);
        }
        List<ReportView.BeadView> beads = new ArrayList<>();
        report.get("beads").forEach(b -> beads.add(new ReportView.BeadView(ints(b.get("source")),
                ints(b.get("target")), 0, 0)));
        List<ReportView.FlagView> flags = new ArrayList<>();
        report.get("flags").forEach(f -> flags.add(new ReportView.FlagView(f.get("type").asString(),
                f.get("side").asString().equals(Side.SOURCE.json()) ? Side.SOURCE : Side.TARGET,
                ints(f.get("sentences")), f.get("text").asString(), "", f.get("confidence").asDouble())));
        flags.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        List<Flag> worst = IntStream.range(0, flags.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -flags.get(i).confidence()))
                .limit(WORST)
                .map(i -> new Flag(flags.get(i).type(), flags.get(i).side().json(), shorten(flags.get(i).text()),
                        HtmlRenderer.anchor(beads, flags.get(i), i)))
                .toList();
        return new PairRow(pair.source().name(), pair.target().name(), folder, pair.score(),
                SideRow.of(report.get("source"), report.get("coverage").get("source")),
                SideRow.of(report.get("target"), report.get("coverage").get("target")), counts, worst,
                pair.pairedBy().code());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asInt()));
        return ids;
    }

    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
