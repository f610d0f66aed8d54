package io.paralign.diverge;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one side of a matched bead holds against the other, and how {@link AnchorMismatchDetector} turns a cluster of
 * one-sided anchors into a flag and how sure it is of it (the rules are listed on that class).
 *
 * @param document     the side's document
 * @param side         the side the one-sided anchors are on
 * @param bead         the bead
 * @param there        numbers and Latin tokens of the other side of the bead
 * @param otherNumbers numbers of the other side with no counterpart on this side
 * @param myNumbers    how many numbers of this side have no counterpart on the other
 */
record AnchorEvidence(Document document, Side side, Bead bead, List<Anchor> there, List<Anchor> otherNumbers,
                      long myNumbers) {
    private static final double SPECIFIC = 0.5;
    private static final double RARE = 1.0;
    private static final double NEARBY = 0.2;

    AnchorEvidence {
        there = List.copyOf(there);
        otherNumbers = List.copyOf(otherNumbers);
    }

    /** Adds the flag of a cluster of one-sided anchors, in text order, unless it is too weak to report. */
    void report(List<Anchor> cluster, List<Flag> flags) {
        if (cluster.isEmpty()) {
            return;
        }
        double confidence = confidence(cluster);
        if (confidence <= 0) {
            return;
        }
        Span span = cluster.get(0).span().union(cluster.get(cluster.size() - 1).span());
        int sentence = AlignedPair.ids(bead, side).stream()
                .filter(id -> document.sentence(id).span().overlaps(span)).findFirst()
                .orElse(AlignedPair.ids(bead, side).get(0));
        String values = cluster.stream().map(Anchor::surface).collect(Collectors.joining(", "));
        String others = there.isEmpty() ? "none" : there.stream().map(Anchor::surface).distinct()
                .collect(Collectors.joining(", "));
        flags.add(new Flag(FlagType.ANCHOR_MISMATCH, side, document.sentence(sentence).paragraph(),
                List.of(sentence), span, document.text().substring(span.start(), span.end()),
                values + " on the " + side.json() + " side has no counterpart in the aligned "
                        + side.other().json() + " text (its numbers and Latin tokens: " + others + ")",
                confidence));
    }

    private double confidence(List<Anchor> cluster) {
        boolean number = cluster.stream().anyMatch(a -> a.kind() == AnchorKind.NUMBER);
        double strongest = cluster.stream().filter(a -> a.kind() == AnchorKind.NUMBER)
                .mapToDouble(Anchor::weight).max().orElse(0);
        if (!number) {
            return 0.4;
        }
        int others = otherNumbers.size();
        boolean substitution = myNumbers == 1 && others == 1;
        if (cluster.stream().anyMatch(a -> otherNumbers.stream()
                .anyMatch(o -> nearby(a, o) && (substitution || a.key().length() > 1)))) {
            return 0.9;
        }
        if (others > 0 && strongest >= SPECIFIC) {
            return myNumbers == 1 || others == 1 ? 0.7 : 0.45;
        }
        if (strongest < RARE) {
            return 0;
        }
        // a whole date or range missing is clearer than one figure, often written in words over there
        return cluster.size() > 1 ? 0.6 : 0.45;
    }

    /**
     * True when two one-sided numbers look like one figure changed: as many digits and within a fifth of each other
     * (2018 / 2019, 17 / 18, 3000 / 3010), as opposed to a unit conversion (7 pm / 19 h, 385 lb / 175 kg).
     */
    private static boolean nearby(Anchor a, Anchor b) {
        if (a.kind() != AnchorKind.NUMBER || b.kind() != AnchorKind.NUMBER || a.key().length() != b.key().length()) {
            return false;
        }
        try {
            double x = Double.parseDouble(a.key());
            double y = Double.parseDouble(b.key());
            return x != y && Math.abs(x - y) <= NEARBY * Math.max(Math.abs(x), Math.abs(y));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
