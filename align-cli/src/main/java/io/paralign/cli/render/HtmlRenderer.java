package io.paralign.cli.render;

import static io.paralign.cli.render.Markup.escape;

import java.util.List;
import java.util.Locale;

import io.paralign.align.Bead;
import io.paralign.align.Coverage;
import io.paralign.diverge.Divergence;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;

/**
 * A self-contained side-by-side report: coverage at the top, then one row per bead with each side in its own
 * writing direction ({@code dir="rtl"} for Arabic), unmatched and flagged segments highlighted with the reason, and
 * the list of all flags at the end. All text is escaped; no script, no external resource.
 */
final class HtmlRenderer implements Renderer {
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
            th{background:#f3f3f3}
            td.unmatched{background:#ffe3e3}
            td.flagged{background:#fff4d6}
            .reason{display:block;font-size:.8em;color:#8a3b00;margin-top:.3em}
            .meta{font-size:.8em;color:#666;white-space:nowrap}
            .coverage td,.coverage th{width:auto}
            """;

    @Override
    public String render(AlignmentResult result) {
        Document source = result.source();
        Document target = result.target();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Alignment ")
                .append(escape(source.language())).append(" – ").append(escape(target.language()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Alignment report</h1>\n");
        coverage(out, result);
        out.append("<table class=\"beads\">\n<thead><tr><th>#</th><th lang=\"").append(escape(source.language()))
                .append("\">").append(escape(source.language())).append("</th><th>")
                .append(escape(target.language())).append("</th><th>bead</th></tr></thead>\n<tbody>\n");
        int row = 0;
        for (Bead bead : result.beads()) {
            out.append("<tr><td class=\"meta\">").append(++row).append("</td>");
            cell(out, result, bead, Side.SOURCE);
            cell(out, result, bead, Side.TARGET);
            out.append("<td class=\"meta\">").append(bead.shape())
                    .append(String.format(Locale.ROOT, "<br>score %.2f<br>conf. %.2f", bead.score(),
                            bead.confidence())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        flags(out, result);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void coverage(StringBuilder out, AlignmentResult result) {
        out.append("<table class=\"coverage\">\n<tr><th></th><th>language</th><th>sentences aligned</th>"
                + "<th>characters aligned</th></tr>\n");
        coverageRow(out, "source", result.source().language(), result.coverage().source());
        coverageRow(out, "target", result.target().language(), result.coverage().target());
        out.append("</table>\n<p>").append(result.flags().size()).append(" flags</p>\n");
    }

    private static void coverageRow(StringBuilder out, String name, String language, Coverage.SideCoverage side) {
        out.append(String.format(Locale.ROOT,
                "<tr><th>%s</th><td>%s</td><td>%d / %d (%.1f%%)</td><td>%d / %d (%.1f%%)</td></tr>%n", name,
                escape(language), side.alignedSentences(), side.sentences(), 100 * side.sentenceShare(),
                side.alignedCharacters(), side.characters(), 100 * side.characterShare()));
    }

    private static void cell(StringBuilder out, AlignmentResult result, Bead bead, Side side) {
        String language = (side == Side.SOURCE ? result.source() : result.target()).language();
        List<Divergence> flags = BeadTexts.flags(result, bead, side);
        boolean empty = BeadTexts.ids(bead, side).isEmpty();
        String css = !bead.isMatch() && !empty ? "unmatched" : flags.isEmpty() ? "" : "flagged";
        out.append("<td lang=\"").append(escape(language)).append("\" dir=\"").append(Markup.direction(language))
                .append('"');
        if (!css.isEmpty()) {
            out.append(" class=\"").append(css).append('"');
        }
        out.append('>').append(escape(BeadTexts.text(result, bead, side)));
        if (css.equals("unmatched") && flags.isEmpty()) {
            reason(out, "no counterpart on the other side");
        }
        for (Divergence flag : flags) {
            reason(out, flag.type().name() + ": " + flag.evidence());
        }
        out.append("</td>");
    }

    private static void reason(StringBuilder out, String reason) {
        out.append("<span class=\"reason\" dir=\"ltr\" lang=\"en\">").append(escape(reason)).append("</span>");
    }

    private static void flags(StringBuilder out, AlignmentResult result) {
        out.append("<h2>Flags</h2>\n<table class=\"flags\">\n<tr><th>type</th><th>side</th><th>text</th>"
                + "<th>evidence</th><th>confidence</th></tr>\n");
        for (Divergence flag : result.flags()) {
            String language = (flag.side() == Side.SOURCE ? result.source() : result.target()).language();
            out.append("<tr><td>").append(flag.type().name()).append("</td><td>").append(flag.side().json())
                    .append("</td><td lang=\"").append(escape(language)).append("\" dir=\"")
                    .append(Markup.direction(language)).append("\">").append(escape(flag.text()))
                    .append("</td><td>").append(escape(flag.evidence()))
                    .append(String.format(Locale.ROOT, "</td><td>%.2f</td></tr>%n", flag.confidence()));
        }
        out.append("</table>\n");
    }
}
