package io.paralign.report;

import static io.paralign.report.Markup.escape;

import io.paralign.model.Side;
import java.util.Locale;

/**
 * TMX 1.4b (LISA, 2005): one {@code <tu>} per aligned bead (unmatched sentences are not translation units), its
 * two {@code <tuv>} tagged with {@code xml:lang}, the bead shape and scores as {@code <prop>}s, and each flag on
 * its sentences as a {@code <prop type="x-flag">}. No DOCTYPE, so readers need not fetch the DTD; the output is
 * valid against it (the tests check). {@link TmxReader} reads it back.
 */
final class TmxWriter implements Renderer {
    static final String FLAG = "x-flag";
    static final String SHAPE = "x-bead";

    private final String toolVersion;

    TmxWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(ReportView view) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<tmx version=\"1.4\">\n");
        out.append("  <header creationtool=\"paralign\" creationtoolversion=\"").append(escape(toolVersion))
                .append("\" segtype=\"sentence\" o-tmf=\"paralign\" adminlang=\"en\" srclang=\"")
                .append(escape(view.source().language())).append("\" datatype=\"plaintext\"/>\n");
        out.append("  <body>\n");
        int id = 0;
        for (ReportView.BeadView bead : view.beads()) {
            if (bead.isMatch()) {
                tu(out, view, bead, ++id);
            }
        }
        out.append("  </body>\n</tmx>\n");
        return out.toString();
    }

    private static void tu(StringBuilder out, ReportView view, ReportView.BeadView bead, int id) {
        out.append("    <tu tuid=\"").append(id).append("\">\n");
        prop(out, SHAPE, bead.shape());
        prop(out, "x-score", String.format(Locale.ROOT, "%.3f", bead.score()));
        prop(out, "x-confidence", String.format(Locale.ROOT, "%.3f", bead.confidence()));
        for (Side side : Side.values()) {
            for (ReportView.FlagView flag : view.flags(bead, side)) {
                prop(out, FLAG, flag.type() + " (" + side.json() + "): " + flag.evidence());
            }
        }
        tuv(out, view.source().language(), view.text(bead, Side.SOURCE));
        tuv(out, view.target().language(), view.text(bead, Side.TARGET));
        out.append("    </tu>\n");
    }

    private static void prop(StringBuilder out, String type, String value) {
        out.append("      <prop type=\"").append(type).append("\">").append(escape(value)).append("</prop>\n");
    }

    private static void tuv(StringBuilder out, String language, String text) {
        out.append("      <tuv xml:lang=\"").append(escape(language)).append("\"><seg>").append(escape(text))
                .append("</seg></tuv>\n");
    }
}
