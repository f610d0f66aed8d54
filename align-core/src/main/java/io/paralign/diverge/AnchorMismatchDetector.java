package io.paralign.diverge;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.AnchorPairing;
import io.paralign.cancel.Cancellation;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags numbers (and Latin-script tokens inside a non-Latin text) found on one side of an aligned bead only.
 * One-sided anchors close together (a day, a month and a year) are reported as one flag. How sure the flag is
 * depends on what the other side holds: a figure with a near twin there (2018 / 2019; single digits only when
 * each side has just that one) is the clearest case, one one-sided figure against others still likely; several one-sided figures on both sides are usually unit conversions; a lone figure with nothing on the other side is
 * often written there in words (weak), while a whole date or range missing is a clear omission; a lone small number
 * is not reported. Numbers that differ by a scale word (820 thousand / 820 000) match.
 */
public final class AnchorMismatchDetector implements DivergenceDetector {
    private static final int CLUSTER_GAP = 20;
    private static final double SPECIFIC = 0.5;
    private static final double RARE = 1.0;
    private static final int MIN_LATIN_LENGTH = 4;
    private static final double NEARBY = 0.2;
    private static final BigDecimal[] SCALES = {BigDecimal.valueOf(1_000), BigDecimal.valueOf(1_000_000),
        BigDecimal.valueOf(1_000_000_000)};

    @Override
    public List<Divergence> detect(AlignedPair pair) {
        List<Divergence> flags = new ArrayList<>();
        // a Latin token found anywhere in the other document is not one-sided: each side's tokens are looked up in
        // the whole other document at once
        Set<String> inTarget = KeywordSearch.foundIn(latinStems(pair, Side.SOURCE),
                pair.target().text().toLowerCase(Locale.ROOT));
        Set<String> inSource = KeywordSearch.foundIn(latinStems(pair, Side.TARGET),
                pair.source().text().toLowerCase(Locale.ROOT));
        for (Bead bead : pair.beads()) {
            Cancellation.check("anchor mismatch detection");
            if (bead.isMatch()) {
                flags.addAll(oneSided(pair, Side.SOURCE, bead, inTarget));
                flags.addAll(oneSided(pair, Side.TARGET, bead, inSource));
            }
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

    /** The looked-up form of every Latin token of one side long enough to be checked. */
    private static Set<String> latinStems(AlignedPair pair, Side side) {
        Set<String> stems = new HashSet<>();
        for (List<Anchor> anchors : pair.anchors(side)) {
            for (Anchor a : anchors) {
                if (a.kind() == AnchorKind.LATIN && a.key().length() >= MIN_LATIN_LENGTH) {
                    stems.add(stem(a.key()));
                }
            }
        }
        return stems;
    }

    /**
     * @param inOtherDocument Latin stems found in the other document
     */
    private static List<Divergence> oneSided(AlignedPair pair, Side side, Bead bead, Set<String> inOtherDocument) {
        List<Anchor> here = collect(pair, side, bead);
        List<Anchor> there = collect(pair, side.other(), bead);
        AnchorPairing pairing = AnchorPairing.of(here, there);
        List<Anchor> otherNumbers = pairing.targetOnly().stream().filter(a -> a.kind() == AnchorKind.NUMBER).toList();
        List<Anchor> unmatched = pairing.sourceOnly().stream()
                .filter(a -> a.kind() == AnchorKind.NUMBER ? otherNumbers.stream().noneMatch(o -> scaled(a, o))
                        : a.key().length() >= MIN_LATIN_LENGTH && !inOtherDocument.contains(stem(a.key())))
                .toList();
        long myNumbers = unmatched.stream().filter(a -> a.kind() == AnchorKind.NUMBER).count();
        Evidence evidence = new Evidence(pair.document(side), side, bead, there, otherNumbers, myNumbers);
        List<Divergence> flags = new ArrayList<>();
        List<Anchor> cluster = new ArrayList<>();
        for (Anchor anchor : unmatched) {
            if (!cluster.isEmpty() && anchor.span().start() - cluster.get(cluster.size() - 1).span().end() > CLUSTER_GAP) {
                evidence.report(cluster, flags);
                cluster = new ArrayList<>();
            }
            cluster.add(anchor);
        }
        evidence.report(cluster, flags);
        return flags;
    }

    /** True when the two numbers differ only by a factor of a thousand, a million or a billion. */
    private static boolean scaled(Anchor a, Anchor b) {
        try {
            BigDecimal x = new BigDecimal(a.key());
            BigDecimal y = new BigDecimal(b.key());
            for (BigDecimal scale : SCALES) {
                if (x.multiply(scale).compareTo(y) == 0 || y.multiply(scale).compareTo(x) == 0) {
                    return true;
                }
            }
            return false;
        } catch (NumberFormatException e) {
            return false;
        }
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

    /** A Latin token without a plural -s, so "MWPs" is found as "MWP". */
    private static String stem(String key) {
        return key.length() > MIN_LATIN_LENGTH && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /** What one side of a bead holds against the other, and how it turns clusters into flags. */
    private record Evidence(Document document, Side side, Bead bead, List<Anchor> there, List<Anchor> otherNumbers,
                            long myNumbers) {

        void report(List<Anchor> cluster, List<Divergence> flags) {
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
            flags.add(new Divergence(DivergenceType.ANCHOR_MISMATCH, side, document.sentence(sentence).paragraph(),
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
    }
}
