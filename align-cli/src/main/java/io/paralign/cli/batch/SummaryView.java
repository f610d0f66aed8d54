package io.paralign.cli.batch;

import io.paralign.diverge.Flag;
import io.paralign.profile.LanguageProfiles;
import io.paralign.report.FlagLabels;
import io.paralign.report.LanguageNames;
import io.paralign.report.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code summary.html}'s template ({@code src/main/jte/batch/summary.jte}) shows, every number formatted and
 * every text stripped of the characters XML forbids; the template escapes them. Public only because the compiled
 * template lives in jte's package.
 *
 * @param style    the page's style sheet (a constant, written as it is)
 * @param counts   "1 pair (1 failed), 3 documents"
 * @param pairs    one line per pair, failed ones included, what needs attention first; at most {@link #MAX_PAIRS}
 * @param more     when there are more pairs than lines, "the 1,000 pairs of 9,600 that need attention most";
 *                 otherwise null
 * @param unpaired one line per document with no counterpart
 */
public record SummaryView(String style, String counts, List<PairLine> pairs, String more, List<AloneLine> unpaired) {
    /**
     * Pairs the page lists, at most: those that need attention most. A page of every pair of a large batch would
     * be more than a browser shows well, and is what summary.csv and summary.json are for.
     */
    static final int MAX_PAIRS = 1000;

    /** A piece of a file name; a line may break after it ({@code <wbr>}) when it ends with {@code _ - . /}. */
    public record FilePart(String text, boolean breakAfter) {
    }

    /** A pair; {@code href} and the figures are null for a failed pair, {@code reason} null for the others. */
    public record PairLine(List<FilePart> source, List<FilePart> target, String href, String sourceLanguage,
                           String targetLanguage, String sentences, Share sourceCoverage, Share targetCoverage,
                           List<String> flagCounts, List<FlagLine> worst, String reason) {
    }

    /** A share in per cent, {@code css} {@code num low} under 80%. */
    public record Share(String css, String percent) {
    }

    /**
     * A flag's type (with its side's language for a pair's), its text in its language and direction, and the link
     * to it in its pair's HTML report (null for a document alone, or when the pair has no HTML report).
     */
    public record FlagLine(String type, String language, String direction, String text, String href) {
    }

    /**
     * A document with no counterpart, with where its counterpart may be ({@code mates}) and, when its name-mate was
     * left apart, why ({@code warning}, or null).
     */
    public record AloneLine(List<FilePart> file, String language, int sentences, List<FlagLine> flags,
                            List<List<FilePart>> mates, String warning) {
    }

    /**
     * @param pairs every pair, read once, of which the {@code max} that need attention most ({@link Attention}) are
     *              kept, in that order (pairs that tie in order of the batch)
     */
    static SummaryView of(String style, Iterable<PairOutcome> pairs, List<UnpairedRow> unpaired, String linked,
                          int max) {
        record Ranked(PairOutcome pair, long position) {
        }
        Comparator<Ranked> order = Comparator.comparing(Ranked::pair, Attention.ORDER)
                .thenComparingLong(Ranked::position);
        PriorityQueue<Ranked> kept = new PriorityQueue<>(order.reversed()); // the least urgent kept at the head
        long total = 0;
        long failed = 0;
        for (PairOutcome pair : pairs) {
            failed += pair instanceof FailedPair ? 1 : 0;
            kept.add(new Ranked(pair, total++));
            if (kept.size() > max) {
                kept.poll();
            }
        }
        String counts = count(total, "pair") + (failed > 0 ? " (" + failed + " failed)" : "") + ", "
                + count(unpaired.size(), "document");
        String more = total > max ? String.format(Locale.ROOT, "the %,d pairs of %,d that need attention most",
                kept.size(), total) : null;
        List<PairLine> lines = new ArrayList<>();
        for (PairOutcome pair : kept.stream().sorted(order).map(Ranked::pair).toList()) {
            if (pair instanceof PairRow row) {
                lines.add(paired(row, linked));
            } else if (pair instanceof FailedPair f) {
                lines.add(new PairLine(file(f.source()), file(f.target()), null, name(f.sourceLanguage()),
                        name(f.targetLanguage()), null, null, null, List.of(), List.of(), clean(f.reason())));
            }
        }
        return new SummaryView(style, counts, lines, more, unpaired.stream().map(SummaryView::alone).toList());
    }

    private static PairLine paired(PairRow row, String linked) {
        PairRow.SideRow s = row.sourceSide();
        PairRow.SideRow t = row.targetSide();
        List<String> counts = row.flagCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map((Map.Entry<String, Integer> e) -> clean(label(e.getKey(), row)) + " " + e.getValue()).toList();
        // each text in its own language and direction: Arabic source text runs right to left
        String report = row.folder() + "/" + linked;
        boolean html = linked.endsWith(".html");
        List<FlagLine> worst = row.worstFlags().stream().map(f -> {
            String language = f.side().equals("source") ? s.language() : t.language();
            return flag(label(f.type(), row), language, f.text(), html ? report + "#" + f.anchor() : null);
        }).toList();
        return new PairLine(file(row.source()), file(row.target()), clean(report),
                name(s.language()), name(t.language()), s.sentences() + " / " + t.sentences(),
                share(s.characterCoverage()), share(t.characterCoverage()), counts, worst, null);
    }

    /** A flag type as the pair's report labels it: "Missing in Arabic". */
    private static String label(String type, PairRow row) {
        return FlagLabels.label(type, row.sourceSide().language(), row.targetSide().language());
    }

    private static AloneLine alone(UnpairedRow row) {
        List<FlagLine> flags = new ArrayList<>();
        for (Flag flag : row.flags()) {
            flags.add(flag(flag.type().name(), row.language(), PairRow.shorten(flag.text()), null));
        }
        return new AloneLine(file(row.file()), name(row.language()), row.sentences(), flags,
                row.likelyMates().stream().map(SummaryView::file).toList(),
                row.warning() == null ? null : clean(row.warning()));
    }

    private static FlagLine flag(String type, String language, String text, String href) {
        return new FlagLine(clean(type), clean(language), LanguageProfiles.of(language).direction().html(), clean(text),
                href == null ? null : clean(href));
    }

    /** A file name in pieces, each ending after {@code _ - . /}, where a narrow column may break it. */
    static List<FilePart> file(String name) {
        List<FilePart> parts = new ArrayList<>();
        int start = 0;
        String clean = clean(name);
        for (int i = 0; i < clean.length(); i++) {
            if ("_-./".indexOf(clean.charAt(i)) >= 0) {
                parts.add(new FilePart(clean.substring(start, i + 1), true));
                start = i + 1;
            }
        }
        if (start < clean.length()) {
            parts.add(new FilePart(clean.substring(start), false));
        }
        return parts;
    }

    private static Share share(double share) {
        return new Share(share < 0.8 ? "num low" : "num", String.format(Locale.ROOT, "%.1f%%", 100 * share));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A language by its name in English, "Arabic" ({@link LanguageNames}). */
    private static String name(String tag) {
        return clean(LanguageNames.english(tag));
    }

    private static String clean(String text) {
        return Markup.xmlChars(text);
    }
}
