package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.NameMatcher;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** How many comparisons linking makes: numbers by lookup, names at most {@code candidates} each. */
class AnchorConceptsTest {
    private static Anchor anchor(AnchorKind kind, String key, String surface) {
        return new Anchor(kind, key, surface, new Span(0, surface.length()), 1.0);
    }

    /** {@link NameMatcher#matches}, counting its calls. */
    private static final class Counting implements BiPredicate<Anchor, Anchor> {
        final AtomicLong calls = new AtomicLong();

        @Override
        public boolean test(Anchor a, Anchor b) {
            calls.incrementAndGet();
            return NameMatcher.matches(a, b);
        }
    }

    @Test
    void numbersAreLinkedByLookupWithoutComparisons() {
        List<Anchor> source = new ArrayList<>();
        List<Anchor> target = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            source.add(anchor(AnchorKind.NUMBER, Integer.toString(k), Integer.toString(k)));
            target.add(anchor(AnchorKind.NUMBER, Integer.toString(4_999 - k), Integer.toString(4_999 - k)));
        }
        Counting matches = new Counting();
        AnchorConcepts concepts = AnchorConcepts.link(List.of(source), List.of(target), matches, 100);
        assertEquals(0, matches.calls.get());
        assertEquals(0, concepts.cappedTypes());
        int[] sourceIds = concepts.source().ids()[0];
        int[] targetIds = concepts.target().ids()[0];
        for (int k = 0; k < 5_000; k++) {
            assertEquals(sourceIds[k], targetIds[4_999 - k], "number " + k);
        }
    }

    @Test
    void namesAreComparedWithAtMostTheCandidateCapButEqualKeysStillMatch() {
        List<Anchor> target = new ArrayList<>();
        for (int k = 0; k < 1_000; k++) {
            target.add(anchor(AnchorKind.NAME, "brk" + k, "Bark" + k));
        }
        target.add(anchor(AnchorKind.NAME, "brwn", "Brown"));
        List<Anchor> source = List.of(anchor(AnchorKind.NAME, "brwn", "براون"), anchor(AnchorKind.NAME, "bll", "بل"));
        Counting matches = new Counting();
        AnchorConcepts concepts = AnchorConcepts.link(List.of(source), List.of(target), matches, 100);
        assertEquals(200, matches.calls.get());
        assertEquals(2, concepts.cappedTypes());
        int brown = concepts.target().ids()[0][concepts.target().ids()[0].length - 1];
        assertEquals(brown, concepts.source().ids()[0][0]);
    }

    @Test
    void belowTheCapLinkingIsTheFullComparison() {
        List<Anchor> source = List.of(anchor(AnchorKind.NAME, "mkrn", "ماكرون"), anchor(AnchorKind.NUMBER, "7", "7"),
                anchor(AnchorKind.LATIN, "cnn", "CNN"));
        List<Anchor> target = List.of(anchor(AnchorKind.NAME, "mcrn", "Macron"), anchor(AnchorKind.NAME, "cnn", "CNN"),
                anchor(AnchorKind.NUMBER, "7", "7"));
        Counting matches = new Counting();
        AnchorConcepts concepts = AnchorConcepts.link(List.of(source), List.of(target), matches, 100);
        assertEquals(0, concepts.cappedTypes());
        assertTrue(matches.calls.get() <= 2, () -> matches.calls.get() + " comparisons");
        int[] s = concepts.source().ids()[0];
        int[] t = concepts.target().ids()[0];
        assertArrayEquals(new int[] {s[0], s[2], s[1]}, t);
    }
}
