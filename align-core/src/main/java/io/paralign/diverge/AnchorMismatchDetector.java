package io.paralign.diverge;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.AnchorPairing;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Flags numbers (and long Latin-script tokens inside a non-Latin text) found on one side of an aligned bead only.
 * One-sided anchors close together (a day, a month and a year) are reported as one flag. A cluster is reported when
 * it holds a rare anchor (three or more digits, a Latin token), or a two-digit number while the other side has a
 * one-sided number of its own (a changed figure); small numbers alone are often written out in words on the other
 * side, so a lone "1" or "10" is not a finding.
 */
public final class AnchorMismatchDetector implements DivergenceDetector {
    private static final int CLUSTER_GAP = 20;
    private static final double SPECIFIC = 0.5;
    private static final double RARE = 1.0;
    private static final int MIN_LATIN_LENGTH = 4;

    @Override
    public List<Divergence> detect(AlignedPair pair) {
        List<Divergence> flags = new ArrayList<>();
        for (Bead bead : pair.beads()) {
            if (!bead.isMatch()) {
                continue;
            }
            List<Anchor> source = collect(pair, Side.SOURCE, bead);
            List<Anchor> target = collect(pair, Side.TARGET, bead);
            flags.addAll(oneSided(pair, Side.SOURCE, bead, source, target));
            flags.addAll(oneSided(pair, Side.TARGET, bead, target, source));
        }
        return flags;
    }

    private static List<Anchor> collect(AlignedPair pair, Side side, Bead bead) {
        List<Anchor> anchors = new ArrayList<>();
        AlignedPair.ids(bead, side).forEach(id -> pair.anchors(side).get(id).stream()
                .filter(a -> a.kind() == AnchorKind.NUMBER || a.kind() == AnchorKind.LATIN)
                .forEach(anchors::add));
        return anchors;
    }

    private static List<Divergence> oneSided(AlignedPair pair, Side side, Bead bead, List<Anchor> here,
                                             List<Anchor> there) {
        Document document = pair.document(side);
        String otherText = AlignedPair.ids(bead, side.other()).stream()
                .map(id -> pair.document(side.other()).sentence(id).text())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        AnchorPairing pairing = AnchorPairing.of(here, there);
        boolean otherSideChanged = pairing.targetOnly().stream().anyMatch(a -> a.kind() == AnchorKind.NUMBER);
        List<Anchor> unmatched = pairing.sourceOnly().stream()
                .filter(a -> a.kind() == AnchorKind.NUMBER
                        || (a.key().length() >= MIN_LATIN_LENGTH && !otherText.contains(a.key())))
                .toList();
        List<Divergence> flags = new ArrayList<>();
        List<Anchor> cluster = new ArrayList<>();
        for (Anchor anchor : unmatched) {
            if (!cluster.isEmpty() && anchor.span().start() - cluster.get(cluster.size() - 1).span().end() > CLUSTER_GAP) {
                report(document, side, bead, cluster, there, otherSideChanged, flags);
                cluster = new ArrayList<>();
            }
            cluster.add(anchor);
        }
        report(document, side, bead, cluster, there, otherSideChanged, flags);
        return flags;
    }

    private static void report(Document document, Side side, Bead bead, List<Anchor> cluster, List<Anchor> there,
                               boolean otherSideChanged, List<Divergence> flags) {
        double strongest = cluster.stream().mapToDouble(Anchor::weight).max().orElse(0);
        if (strongest < RARE && !(otherSideChanged && strongest >= SPECIFIC)) {
            return;
        }
        Span span = cluster.get(0).span().union(cluster.get(cluster.size() - 1).span());
        int sentence = AlignedPair.ids(bead, side).stream()
                .filter(id -> document.sentence(id).span().overlaps(span)).findFirst()
                .orElse(AlignedPair.ids(bead, side).get(0));
        String values = cluster.stream().map(Anchor::surface).collect(Collectors.joining(", "));
        String others = there.isEmpty() ? "none" : there.stream().map(Anchor::surface).distinct()
                .collect(Collectors.joining(", "));
        flags.add(new Divergence(DivergenceType.ANCHOR_MISMATCH, side, document.sentence(sentence).paragraph(),
                List.of(sentence), span, document.text().substring(span.start(), span.end()),
                values + " on the " + side.json() + " side has no counterpart in the aligned "
                        + side.other().json() + " text (its numbers and Latin tokens: " + others + ")",
                Math.min(0.95, 0.5 + 0.4 * cluster.stream().mapToDouble(Anchor::weight).max().orElse(0))));
    }
}
