package io.paralign.cli.render;

import static io.paralign.cli.render.Markup.escape;

import java.util.Locale;

import io.paralign.align.Bead;
import io.paralign.diverge.Divergence;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;

/**
 * TMX 1.4b (LISA, 2005): one {@code <tu>} per aligned bead (unmatched sentences are not translation units), its
 * two {@code <tuv>} tagged with {@code xml:lang}, the bead shape and scores as {@code <prop>}s, and each flag on
 * its sentences as a {@code <prop type="x-flag">}. No DOCTYPE, so readers need not fetch the DTD; the output is
 * valid against it (the tests check).
 */
final class TmxWriter implements Renderer {
    static final String FLAG = "x-flag";
    static final String SHAPE = "x-bead";

    private final String toolVersion;

    TmxWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(AlignmentResult result) {
        String sourceLanguage = result.source().language();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<tmx version=\"1.4\">\n");
        out.append("  <header creationtool=\"paralign\" creationtoolversion=\"").append(escape(toolVersion))
                .append("\" segtype=\"sentence\" o-tmf=\"paralign\" adminlang=\"en\" srclang=\"")
                .append(escape(sourceLanguage)).append("\" datatype=\"plaintext\"/>\n");
        out.append("  <body>\n");
        int id = 0;
        for (Bead bead : result.beads()) {
            if (bead.isMatch()) {
                tu(out, result, bead, ++id);
            }
        }
        out.append("  </body>\n</tmx>\n");
        return out.toString();
    }

    private static void tu(StringBuilder out, AlignmentResult result, Bead bead, int id) {
        out.append("    <tu tuid=\"").append(id).append("\">\n");
        prop(out, SHAPE, bead.shape());
        prop(out, "x-score", String.format(Locale.ROOT, "%.3f", bead.score()));
        prop(out, "x-confidence", String.format(Locale.ROOT, "%.3f", bead.confidence()));
        for (Side side : Side.values()) {
            for (Divergence flag : BeadTexts.flags(result, bead, side)) {
                prop(out, FLAG, flag.type().name() + " (" + side.json() + "): " + flag.evidence());
            }
        }
        tuv(out, result.source().language(), BeadTexts.text(result, bead, Side.SOURCE));
        tuv(out, result.target().language(), BeadTexts.text(result, bead, Side.TARGET));
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
