package io.paralign.report;

import io.paralign.align.Coverage;
import io.paralign.model.Side;
import io.paralign.profile.LanguageProfiles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the HTML template ({@code src/main/jte/report/page.jte}) shows, every number already formatted and every text
 * stripped of the characters XML forbids; the template escapes the texts. Public only because the compiled template
 * lives in jte's package. Sides are called by their languages' names ({@link SideNames}); each flag is shown with
 * its kind's label and colour ({@link FlagLook}); bead row {@code n} has the anchor {@code b<n>}, the flag at index
 * {@code i} of the JSON report's {@code flags} the anchor {@code f<i+1>} ({@link #anchor} for other pages' links).
 *
 * @param style        the page's style sheet (a constant, written as it is)
 * @param sourceName   the source language's name, "Arabic"
 * @param targetName   the target language's name, "French"
 * @param coverage     one row per side
 * @param legend       the kinds of finding by group, each with its count
 * @param flagCount    how many flags
 * @param firstFinding the anchor of the first bead row with a finding ({@code #b3}), empty when there is none
 * @param rows         one row per bead
 * @param flags        one row per flag, content kinds first
 */
public record HtmlPage(String style, String sourceName, String targetName, List<CoverageRow> coverage,
                       List<LegendGroup> legend, int flagCount, String firstFinding, List<Row> rows,
                       List<FlagRow> flags) {

    /**
     * @param title      the document's title (file name), empty when none was given
     * @param sentences  and characters: {@code aligned / all (share%)}
     */
    public record CoverageRow(String name, String language, String title, String sentences, String characters) {
    }

    /** One group of the legend. */
    public record LegendGroup(String title, List<LegendEntry> entries) {
    }

    /** One kind of finding: its CSS class, label, meaning, and how many there are (flags, or cells when unflagged). */
    public record LegendEntry(String css, String label, String description, int count) {
    }

    /**
     * One bead: its number from 1, {@code css} the {@code has-t-…} class of each kind found in it, its two cells,
     * its shape, and the anchor of the next row with a finding (empty when it has no finding or none follows).
     */
    public record Row(int number, String css, Cell source, Cell target, String shape, String next) {
    }

    /** One side of a bead; {@code css} is the colour class of its first kind of finding, or null (no class). */
    public record Cell(String language, String direction, String css, String text, List<Reason> reasons) {
    }

    /** A finding in a cell: its kind's class and label, the evidence, and the anchor of its flag (empty if none). */
    public record Reason(String css, String label, String evidence, String href) {
    }

    /** One flag: its anchor id, kind, side's name, text, evidence, confidence and the number of its first row. */
    public record FlagRow(String id, String css, String label, String side, String language, String direction,
                          String text, String evidence, String confidence, int row) {
    }

    /** The anchor of the bead row where a flag (at {@code index} in the JSON report) is shown, or of its flag row. */
    static String anchor(List<ReportView.BeadView> beads, ReportView.FlagView flag, int index) {
        int row = ReportView.row(beads, flag);
        return row > 0 ? "b" + row : "f" + (index + 1);
    }

    static HtmlPage of(ReportView view, String style) {
        SideNames names = SideNames.of(view);
        Map<ReportView.FlagView, Integer> index = new IdentityHashMap<>();
        view.flags().forEach(f -> index.put(f, index.size()));
        Map<FlagLook, Integer> counts = new EnumMap<>(FlagLook.class);
        view.flags().forEach(f -> counts.merge(FlagLook.of(f.type()), 1, Integer::sum));
        List<Row> rows = new ArrayList<>(view.beads().size());
        for (ReportView.BeadView bead : view.beads()) {
            int number = rows.size() + 1;
            Cell source = cell(view, names, bead, Side.SOURCE, index);
            Cell target = cell(view, names, bead, Side.TARGET, index);
            Set<String> kinds = new LinkedHashSet<>();
            for (Cell cell : List.of(source, target)) {
                cell.reasons().forEach(r -> kinds.add("has-" + r.css()));
                if (cell.reasons().stream().anyMatch(r -> r.css().equals(FlagLook.UNMATCHED.css()))) {
                    counts.merge(FlagLook.UNMATCHED, 1, Integer::sum);
                }
            }
            rows.add(new Row(number, kinds.isEmpty() ? null : String.join(" ", kinds), source, target, bead.shape(),
                    ""));
        }
        rows = linkFindings(rows);
        List<FlagRow> flags = new ArrayList<>();
        for (FlagLook look : FlagLook.values()) {
            view.flags().stream().filter(f -> FlagLook.of(f.type()) == look)
                    .forEach(f -> flags.add(flag(view, names, f, index.get(f), view.row(f))));
        }
        String first = rows.stream().filter(r -> r.css() != null).findFirst().map(r -> "#b" + r.number()).orElse("");
        return new HtmlPage(style, names.source(), names.target(),
                List.of(coverage(names.source(), view.source()), coverage(names.target(), view.target())),
                legend(names, counts), view.flags().size(), first, rows, flags);
    }

    /** Each row with a finding links to the next such row. */
    private static List<Row> linkFindings(List<Row> rows) {
        List<Row> linked = new ArrayList<>(rows);
        String next = "";
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.css() != null) {
                linked.set(i, new Row(r.number(), r.css(), r.source(), r.target(), r.shape(), next));
                next = "#b" + r.number();
            }
        }
        return linked;
    }

    private static List<LegendGroup> legend(SideNames names, Map<FlagLook, Integer> counts) {
        List<LegendGroup> groups = new ArrayList<>();
        for (FlagLook.Group group : FlagLook.Group.values()) {
            List<LegendEntry> entries = new ArrayList<>();
            for (FlagLook look : FlagLook.values()) {
                if (look.group == group && (look != FlagLook.OTHER || counts.containsKey(look))) {
                    entries.add(new LegendEntry(look.css(), look.label(names), look.description(names),
                            counts.getOrDefault(look, 0)));
                }
            }
            groups.add(new LegendGroup(group.title, entries));
        }
        return groups;
    }

    private static FlagRow flag(ReportView view, SideNames names, ReportView.FlagView f, int index, int row) {
        String language = view.side(f.side()).language();
        FlagLook look = FlagLook.of(f.type());
        return new FlagRow("f" + (index + 1), look.css(), look == FlagLook.OTHER ? Markup.xmlChars(f.type())
                : look.label(names), names.of(f.side()), language, direction(language), Markup.xmlChars(f.text()),
                Markup.xmlChars(names.evidence(f.evidence())), Decimals.fixed(f.confidence(), 2), row);
    }

    private static CoverageRow coverage(String name, ReportView.SideView side) {
        Coverage.SideCoverage c = side.coverage();
        return new CoverageRow(name, side.language(), Markup.xmlChars(side.title()),
                share(c.alignedSentences(), c.sentences(), c.sentenceShare()),
                share(c.alignedCharacters(), c.characters(), c.characterShare()));
    }

    /** "12 / 16 (75.0%)". */
    private static String share(int aligned, int all, double share) {
        return aligned + " / " + all + " (" + Decimals.fixed(100 * share, 1) + "%)";
    }

    private static Cell cell(ReportView view, SideNames names, ReportView.BeadView bead, Side side,
                             Map<ReportView.FlagView, Integer> index) {
        String language = view.side(side).language();
        List<ReportView.FlagView> flags = view.flags(bead, side);
        List<Reason> reasons = new ArrayList<>();
        if (!flags.isEmpty()) { // the cell takes the colour of its first kind in the legend's order
            for (FlagLook look : FlagLook.values()) {
                flags.stream().filter(f -> FlagLook.of(f.type()) == look).forEach(f -> reasons.add(new Reason(
                        look.css(), look == FlagLook.OTHER ? Markup.xmlChars(f.type()) : look.label(names),
                        Markup.xmlChars(names.evidence(f.evidence())), "#f" + (index.get(f) + 1))));
            }
        }
        if (reasons.isEmpty() && !bead.isMatch() && !bead.ids(side).isEmpty()) {
            reasons.add(new Reason(FlagLook.UNMATCHED.css(), FlagLook.UNMATCHED.label(names),
                    "no counterpart in the " + names.of(side.other()), ""));
        }
        return new Cell(language, direction(language), reasons.isEmpty() ? null : reasons.get(0).css(),
                Markup.xmlChars(view.text(bead, side)), reasons);
    }

    private static String direction(String language) {
        return LanguageProfiles.of(language).direction().html();
    }
}
