package io.paralign.report;

import io.paralign.align.Coverage;
import io.paralign.model.Side;
import io.paralign.profile.LanguageProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the HTML template ({@code src/main/jte/report/page.jte}) shows, every number already formatted and every text
 * stripped of the characters XML forbids; the template escapes the texts. Public only because the compiled template
 * lives in jte's package.
 *
 * @param style          the page's style sheet (a constant, written as it is)
 * @param sourceLanguage source language tag
 * @param targetLanguage target language tag
 * @param coverage       one row per side
 * @param flagCount      how many flags
 * @param rows           one row per bead
 * @param flags          one row per flag
 */
public record HtmlPage(String style, String sourceLanguage, String targetLanguage, List<CoverageRow> coverage,
                       int flagCount, List<Row> rows, List<FlagRow> flags) {

    /** @param sentences and characters: {@code aligned / all (share%)} */
    public record CoverageRow(String name, String language, String sentences, String characters) {
    }

    /** One bead: its number from 1, its two cells, its shape and scores. */
    public record Row(int number, Cell source, Cell target, String shape, String score, String confidence) {
    }

    /** One side of a bead; {@code css} is {@code unmatched}, {@code flagged} or null (no class). */
    public record Cell(String language, String direction, String css, String text, List<String> reasons) {
    }

    /** One flag. */
    public record FlagRow(String type, String side, String language, String direction, String text, String evidence,
                          String confidence) {
    }

    static HtmlPage of(ReportView view, String style) {
        List<CoverageRow> coverage = List.of(coverage("source", view.source()), coverage("target", view.target()));
        List<Row> rows = new ArrayList<>(view.beads().size());
        for (ReportView.BeadView bead : view.beads()) {
            rows.add(new Row(rows.size() + 1, cell(view, bead, Side.SOURCE), cell(view, bead, Side.TARGET),
                    bead.shape(), String.format(Locale.ROOT, "%.2f", bead.score()),
                    String.format(Locale.ROOT, "%.2f", bead.confidence())));
        }
        List<FlagRow> flags = view.flags().stream().map(f -> {
            String language = view.side(f.side()).language();
            return new FlagRow(f.type(), f.side().json(), language, LanguageProfiles.of(language).direction().html(), Markup.xmlChars(f.text()),
                    Markup.xmlChars(f.evidence()), String.format(Locale.ROOT, "%.2f", f.confidence()));
        }).toList();
        return new HtmlPage(style, view.source().language(), view.target().language(), coverage,
                view.flags().size(), rows, flags);
    }

    private static CoverageRow coverage(String name, ReportView.SideView side) {
        Coverage.SideCoverage c = side.coverage();
        return new CoverageRow(name, side.language(),
                String.format(Locale.ROOT, "%d / %d (%.1f%%)", c.alignedSentences(), c.sentences(),
                        100 * c.sentenceShare()),
                String.format(Locale.ROOT, "%d / %d (%.1f%%)", c.alignedCharacters(), c.characters(),
                        100 * c.characterShare()));
    }

    private static Cell cell(ReportView view, ReportView.BeadView bead, Side side) {
        String language = view.side(side).language();
        List<ReportView.FlagView> flags = view.flags(bead, side);
        boolean unmatched = !bead.isMatch() && !bead.ids(side).isEmpty();
        List<String> reasons = new ArrayList<>();
        if (unmatched && flags.isEmpty()) {
            reasons.add("no counterpart on the other side");
        }
        flags.forEach(f -> reasons.add(Markup.xmlChars(f.type() + ": " + f.evidence())));
        return new Cell(language, LanguageProfiles.of(language).direction().html(), unmatched ? "unmatched" : flags.isEmpty() ? null : "flagged",
                Markup.xmlChars(view.text(bead, side)), reasons);
    }
}
