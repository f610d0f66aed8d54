package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.AnchorPairing;
import io.paralign.cancel.Cancellation;
import io.paralign.model.Document;
import io.paralign.model.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags numbers (and Latin-script tokens inside a non-Latin text) found on one side of an aligned bead only. One-sided
 * anchors close together (a day, a month and a year) are reported as one flag. How sure the flag is depends on what the
 * other side holds: a figure with a near twin there (2018 / 2019; single digits only when each side has just that one)
 * is the clearest case, one one-sided figure against others still likely; several one-sided figures on both sides are
 * usually unit conversions; a lone figure with nothing on the other side is often written there in words (weak), while
 * a whole date or range missing is a clear omission; a lone small number is not reported. Numbers that differ by a
 * scale word (820 thousand / 820 000) match.
 */
final class AnchorMismatchDetector implements FlagDetector {
    private static final int CLUSTER_GAP = 20;
    private static final int MIN_LATIN_LENGTH = 4;
    private static final BigDecimal[] SCALES = {BigDecimal.valueOf(1_000), BigDecimal.valueOf(1_000_000),
        BigDecimal.valueOf(1_000_000_000)};

    @Override
    public FlagType type() {
        return FlagType.ANCHOR_MISMATCH;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        List<Flag> flags = new ArrayList<>();
        // a Latin token found anywhere in the other document is not one-sided: each side's tokens are looked up in
        // the whole other document at once
        Set<String> inTarget = foundIn(latinStems(pair, Side.SOURCE), pair.target());
        Set<String> inSource = foundIn(latinStems(pair, Side.TARGET), pair.source());
        for (Bead bead : pair.beads()) {
            Cancellation.check("anchor mismatch detection");
            if (bead.isMatch()) {
                flags.addAll(oneSided(pair, Side.SOURCE, bead, inTarget));
                flags.addAll(oneSided(pair, Side.TARGET, bead, inSource));
            }
        }
        return flags;
    }

    /** The stems found in the document, in lower case; none looked up, the document is not read. */
    private static Set<String> foundIn(Set<String> stems, Document document) {
        return stems.isEmpty() ? Set.of() : KeywordSearch.foundIn(stems, document.text().toLowerCase(Locale.ROOT));
    }

    private static List<Anchor> collect(AlignedPair pair, Side side, Bead bead) {
        List<Anchor> anchors = new ArrayList<>();
        for (int id : AlignedPair.ids(bead, side)) {
            for (Anchor a : pair.anchors(side).get(id)) {
                if (a.kind() == AnchorKind.NUMBER || a.kind() == AnchorKind.LATIN) {
                    anchors.add(a);
                }
            }
        }
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
    private static List<Flag> oneSided(AlignedPair pair, Side side, Bead bead, Set<String> inOtherDocument) {
        List<Anchor> here = collect(pair, side, bead);
        if (here.isEmpty()) {
            return List.of();
        }
        List<Anchor> there = collect(pair, side.other(), bead);
        AnchorPairing pairing = AnchorPairing.of(here, there);
        List<Anchor> otherNumbers = pairing.targetOnly().stream().filter(a -> a.kind() == AnchorKind.NUMBER).toList();
        List<Anchor> unmatched = pairing.sourceOnly().stream()
                .filter(a -> a.kind() == AnchorKind.NUMBER ? otherNumbers.stream().noneMatch(o -> scaled(a, o))
                        : a.key().length() >= MIN_LATIN_LENGTH && !inOtherDocument.contains(stem(a.key())))
                .toList();
        long myNumbers = unmatched.stream().filter(a -> a.kind() == AnchorKind.NUMBER).count();
        AnchorEvidence evidence = new AnchorEvidence(pair.document(side), side, bead, there, otherNumbers, myNumbers);
        List<Flag> flags = new ArrayList<>();
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

    /** A Latin token without a plural -s, so "MWPs" is found as "MWP". */
    private static String stem(String key) {
        return key.length() > MIN_LATIN_LENGTH && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        return List.of(
                flags("year changed in the French text", ar, fr.replace(2, "2019", "2017"), Side.TARGET),
                flags("year changed in the Arabic text", ar.replace(3, "2009", "2007"), fr, Side.SOURCE),
                doesNotFlag("same years", ar, fr, Side.TARGET),
                doesNotFlag("thousands written with a scale word", ar.replace(2, "منذ عام 2019", "منذ 820 ألف"),
                        fr.replace(2, "depuis 2019", "depuis 820 000"), Side.TARGET));
    }
}
