package io.paralign.report;

import static io.paralign.report.Markup.escape;

import io.paralign.model.Side;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * TMX 1.4b (LISA, 2005): one {@code <tu>} per aligned bead, or per aligned paragraph bead when the options ask for
 * paragraph units (header {@code segtype="paragraph"}; {@link TmxUnit}); unmatched sentences are not translation
 * units. Each unit has a {@code tuid}, its two {@code <tuv>} tagged with {@code xml:lang}, the bead shape, score and
 * confidence as {@code <prop>}s (three decimals), and each flag on its sentences as a {@code <prop type="x-flag">};
 * units whose score as written is below the options' minimum are left out. The header's {@code creationdate} is the options' time, in TMX's
 * {@code YYYYMMDDThhmmssZ}. No DOCTYPE, so readers need not fetch the DTD; the output is valid against it (the tests
 * check). {@link TmxReader} reads it back.
 */
final class TmxWriter implements TextRenderer {
    static final String FLAG = "x-flag";
    static final String SHAPE = "x-bead";
    static final String SCORE = "x-score";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final RenderOptions options;

    TmxWriter(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(ReportView view) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<tmx version=\"1.4\">\n");
        out.append("  <header creationtool=\"paralign\" creationtoolversion=\"").append(escape(options.toolVersion()))
                .append("\" segtype=\"").append(options.segments().code())
                .append("\" o-tmf=\"paralign\" adminlang=\"en\" srclang=\"").append(escape(view.source().language()))
                .append("\" datatype=\"plaintext\" creationdate=\"").append(DATE.format(options.created()))
                .append("\"/>\n");
        out.append("  <body>\n");
        List<TmxUnit> units = options.segments() == SegmentType.PARAGRAPH ? TmxUnit.paragraphs(view)
                : TmxUnit.sentences(view);
        for (TmxUnit unit : units) {
            if (Double.parseDouble(decimals(unit.sentences().score())) >= options.minScore()) { // as written
                tu(out, view, unit);
            }
        }
        out.append("  </body>\n</tmx>\n");
        return out.toString();
    }

    private static void tu(StringBuilder out, ReportView view, TmxUnit unit) {
        ReportView.BeadView bead = unit.sentences();
        out.append("    <tu tuid=\"").append(unit.id()).append("\">\n");
        prop(out, SHAPE, unit.shape());
        prop(out, SCORE, decimals(bead.score()));
        prop(out, "x-confidence", decimals(bead.confidence()));
        for (Side side : Side.values()) {
            for (ReportView.FlagView flag : view.flags(bead, side)) {
                prop(out, FLAG, flag.line());
            }
        }
        tuv(out, view.source().language(), view.text(bead, Side.SOURCE));
        tuv(out, view.target().language(), view.text(bead, Side.TARGET));
        out.append("    </tu>\n");
    }

    private static String decimals(double value) {
        return Decimals.fixed(value, 3);
    }

    private static void prop(StringBuilder out, String type, String value) {
        out.append("      <prop type=\"").append(type).append("\">").append(escape(value)).append("</prop>\n");
    }

    private static void tuv(StringBuilder out, String language, String text) {
        out.append("      <tuv xml:lang=\"").append(escape(language)).append("\"><seg>").append(escape(text))
                .append("</seg></tuv>\n");
    }
}
