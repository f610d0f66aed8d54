package io.paralign.cli.batch;

import static io.paralign.report.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.paralign.report.Direction;
import io.paralign.diverge.Divergence;

/**
 * {@code summary.html}: a table of pairs (each linking to its report; a failed pair with its reason) and a table of
 * documents with no counterpart. Self-contained, everything escaped, no script.
 */
final class SummaryPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin-bottom:2em;width:100%}
            td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
            th{background:#f3f3f3}
            td.file{overflow-wrap:break-word}
            .low{background:#ffe3e3}
            .num{text-align:end;white-space:nowrap}
            .flag{margin-bottom:.3em}
            .type{font-size:.8em;color:#8a3b00;white-space:nowrap}
            tr.failed td{background:#f6e0e0}
            .reason{color:#8a0000}
            """;

    private SummaryPage() {
    }

    static String render(List<PairOutcome> pairs, List<UnpairedRow> unpaired, String linked) {
        long failed = pairs.stream().filter(p -> p instanceof FailedPair).count();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Batch summary</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>Batch summary</h1>\n");
        out.append("<p>").append(count(pairs.size(), "pair"));
        if (failed > 0) {
            out.append(" (").append(failed).append(" failed)");
        }
        out.append(", ").append(count(unpaired.size(), "document")).append(" with no counterpart.</p>\n<h2>Pairs</h2>\n"
                + "<table class=\"pairs\">\n<tr><th>source</th><th>target</th><th>languages</th><th>sentences</th>"
                + "<th>source coverage</th><th>target coverage</th><th>flags</th><th>worst flags</th></tr>\n");
        for (PairOutcome pair : pairs) {
            if (pair instanceof PairRow row) {
                paired(out, row, linked);
            } else if (pair instanceof FailedPair failure) {
                out.append("<tr class=\"failed\"><td class=\"file\">").append(file(failure.source()))
                        .append("</td><td class=\"file\">")
                        .append(file(failure.target())).append("</td><td>")
                        .append(languages(failure.sourceLanguage(), failure.targetLanguage()))
                        .append("</td><td colspan=\"5\" class=\"reason\">failed: ").append(escape(failure.reason()))
                        .append("</td></tr>\n");
            }
        }
        out.append("</table>\n<h2>Documents with no counterpart</h2>\n");
        if (unpaired.isEmpty()) {
            return out.append("<p>None.</p>\n</body>\n</html>\n").toString();
        }
        out.append("<table class=\"unpaired\">\n<tr><th>file</th><th>language</th><th>sentences</th>"
                + "<th>findings</th></tr>\n");
        for (UnpairedRow row : unpaired) {
            alone(out, row);
        }
        return out.append("</table>\n</body>\n</html>\n").toString();
    }

    private static void paired(StringBuilder out, PairRow row, String linked) {
        PairRow.SideRow s = row.sourceSide();
        PairRow.SideRow t = row.targetSide();
        out.append("<tr><td class=\"file\"><a href=\"").append(escape(row.folder())).append("/").append(escape(linked)).append("\">")
                .append(file(row.source())).append("</a></td><td class=\"file\">").append(file(row.target()))
                .append("</td><td>").append(languages(s.language(), t.language()))
                .append("</td><td class=\"num\">").append(s.sentences()).append(" / ").append(t.sentences())
                .append("</td>").append(percent(s.characterCoverage())).append(percent(t.characterCoverage()))
                .append("<td>").append(row.flagCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> "<div class=\"type\">" + escape(e.getKey()) + " " + e.getValue() + "</div>")
                        .collect(Collectors.joining())).append("</td><td>");
        for (PairRow.Flag flag : row.worstFlags()) {
            // each text in its own language and direction: Arabic source text runs right to left
            String language = flag.side().equals("source") ? s.language() : t.language();
            out.append("<div class=\"flag\"><div class=\"type\">").append(escape(flag.type())).append(" (")
                    .append(escape(flag.side())).append(")</div>").append(text(language, flag.text()))
                    .append("</div>");
        }
        out.append("</td></tr>\n");
    }

    private static String text(String language, String text) {
        return "<div lang=\"" + escape(language) + "\" dir=\"" + Direction.of(language) + "\">" + escape(text)
                + "</div>";
    }

    /** A file name that may break after "_", "-", "." or "/" in a narrow column, not inside a word. */
    private static String file(String name) {
        return escape(name).replaceAll("([_\\-./])", "$1<wbr>");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void alone(StringBuilder out, UnpairedRow row) {
        out.append("<tr><td class=\"file\">").append(file(row.file())).append("</td><td>")
                .append(escape(row.language()))
                .append("</td><td class=\"num\">").append(row.sentences()).append("</td><td>");
        if (row.flags().isEmpty()) {
            out.append("none");
        }
        for (Divergence flag : row.flags()) {
            out.append("<div class=\"flag\"><div class=\"type\">").append(flag.type().name()).append("</div>")
                    .append(text(row.language(), PairRow.shorten(flag.text()))).append("</div>");
        }
        out.append("</td></tr>\n");
    }

    private static String languages(String source, String target) {
        return escape(source) + " → " + escape(target);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "<td class=\"num%s\">%.1f%%</td>", share < 0.8 ? " low" : "", 100 * share);
    }
}
