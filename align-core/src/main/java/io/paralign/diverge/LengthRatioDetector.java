package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.align.Bead;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags aligned beads whose lengths lie far outside the learned ratio (Gale &amp; Church's standardised deviation
 * beyond {@value #THRESHOLD}): one side says much more than the other, the mark of a partial translation. The flag
 * points at the longer side, whose extra text has no counterpart.
 */
final class LengthRatioDetector implements FlagDetector {
    static final double THRESHOLD = 3.5;
    private static final int MIN_LENGTH = 40;

    @Override
    public FlagType type() {
        return FlagType.LENGTH_RATIO;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        List<Flag> flags = new ArrayList<>();
        for (Bead bead : pair.beads()) {
            if (!bead.isMatch()) {
                continue;
            }
            int sourceLength = length(pair.source(), bead.source());
            int targetLength = length(pair.target(), bead.target());
            double delta = pair.length().delta(sourceLength, targetLength);
            if (Math.abs(delta) < THRESHOLD || Math.max(sourceLength, targetLength) < MIN_LENGTH) {
                continue;
            }
            Side longer = delta > 0 ? Side.TARGET : Side.SOURCE;
            Document document = pair.document(longer);
            List<Integer> ids = AlignedPair.ids(bead, longer);
            Span span = document.sentence(ids.get(0)).span().union(document.sentence(ids.get(ids.size() - 1)).span());
            double expected = longer == Side.TARGET ? sourceLength * pair.length().ratio()
                    : targetLength / pair.length().ratio();
            flags.add(new Flag(FlagType.LENGTH_RATIO, longer, document.sentence(ids.get(0)).paragraph(),
                    ids, span, document.text().substring(span.start(), span.end()),
                    String.format(java.util.Locale.ROOT,
                            "%d characters where about %.0f were expected from the %s side (deviation %.1f)",
                            longer == Side.TARGET ? targetLength : sourceLength, expected, longer.other().json(),
                            Math.abs(delta)),
                    Math.min(0.95, 0.5 + 0.05 * (Math.abs(delta) - THRESHOLD))));
        }
        return flags;
    }

    private static int length(Document document, List<Integer> ids) {
        return ids.stream().mapToInt(id -> document.sentence(id).span().length()).sum();
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        String french = fr.paragraph(0);
        return List.of(
                flags("French translation stops half way", ar,
                        fr.replace(0, french, french.substring(0, french.indexOf(" connue sous le nom")) + "."),
                        Side.SOURCE),
                flags("French sentence padded with a clause the Arabic lacks", ar, fr.replace(2,
                        "gouvernement chinois.", "gouvernement chinois, ainsi que par de nombreuses restrictions "
                                + "commerciales imposées par plusieurs pays européens qui craignent que ses "
                                + "équipements de télécommunication ne servent à l’espionnage, malgré les démentis "
                                + "répétés de l’entreprise et de ses dirigeants, qui affirment n’avoir jamais transmis "
                                + "la moindre donnée de leurs clients aux autorités de la République populaire."),
                        Side.TARGET),
                doesNotFlag("parallel text", ar, fr, Side.SOURCE),
                doesNotFlag("parallel text", ar, fr, Side.TARGET));
    }
}
