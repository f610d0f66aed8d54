package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.NameMatcher;
import io.paralign.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stems and anchors of both sides mapped into one space of concepts, worked out by hand on a few stems. */
class FeatureSpaceTest {

    private static SideText side(List<List<String>> tokens, List<List<Anchor>> anchors) {
        int n = tokens.size();
        int[] lengths = new int[n];
        Arrays.fill(lengths, 20);
        return new SideText(tokens, anchors, lengths, new boolean[n], new boolean[n], new boolean[n]);
    }

    private static SideText stems(List<List<String>> tokens) {
        return side(tokens, tokens.stream().map(t -> List.<Anchor>of()).toList());
    }

    private static Anchor anchor(AnchorKind kind, String key, double weight) {
        return new Anchor(kind, key, key, new Span(0, key.length()), weight);
    }

    private static FeatureSpace build(SideText source, SideText target, Lexicon lexicon) {
        FeatureSpace.AnchorLinks links = FeatureSpace.AnchorLinks.of(source, target, NameMatcher::matches, 100);
        return FeatureSpace.build(source, FeatureSpace.Shared.of(target, links), lexicon);
    }

    @Test
    void empty() {
        FeatureSpace space = build(stems(List.of()), stems(List.of()), Lexicon.EMPTY);
        assertEquals(0, space.source().size());
        assertEquals(0, space.target().size());
        assertEquals(0, space.strongAnchor().length);
    }

    @Test
    void targetStemsAreConceptsNumberedInOrderOfAppearance() {
        FeatureSpace space = build(stems(List.of(List.of())),
                stems(List.of(List.of("mur", "chat", "mur"), List.of("pont", "chat"))), Lexicon.EMPTY);
        // mur 0, chat 1, pont 2; each sentence's concepts sorted, repeats dropped
        assertArrayEquals(new int[] {0, 1}, space.target().tokens[0]);
        assertArrayEquals(new int[] {1, 2}, space.target().tokens[1]);
        assertArrayEquals(new int[] {2, 2}, space.target().tokenCount);
    }

    @Test
    void aSourceStemStandsForTheSameTargetStemAndCountsEvenWithoutOne() {
        FeatureSpace space = build(stems(List.of(List.of("taxi", "zzz", "taxi"))),
                stems(List.of(List.of("rue", "taxi"))), Lexicon.EMPTY);
        assertArrayEquals(new int[] {1}, space.source().tokens[0]);
        // two distinct stems, taxi and zzz: the unknown one still counts in the sentence's size
        assertArrayEquals(new int[] {2}, space.source().tokenCount);
    }

    @Test
    void aSourceStemStandsForItsLexiconTranslations() {
        Lexicon lexicon = Lexicon.learn(List.of(new Lexicon.TokenPair(List.of("cat"), List.of("chat")),
                new Lexicon.TokenPair(List.of("cat"), List.of("chat"))), 2, 0.3, 3);
        FeatureSpace space = build(stems(List.of(List.of("cat"))), stems(List.of(List.of("mur", "chat"))), lexicon);
        assertArrayEquals(new int[] {1}, space.source().tokens[0]);
        assertArrayEquals(new int[0], build(stems(List.of(List.of("cat"))), stems(List.of(List.of("mur", "chat"))),
                Lexicon.EMPTY).source().tokens[0]);
    }

    @Test
    void anAnchorOnBothSidesIsOneConceptWeighedByHowManySentencesHoldIt() {
        Anchor year = anchor(AnchorKind.NUMBER, "2019", 2.0);
        SideText source = side(List.of(List.of()), List.of(List.of(year)));
        SideText target = side(List.of(List.of(), List.of()), List.of(List.of(year), List.of(year)));
        FeatureSpace space = build(source, target, Lexicon.EMPTY);
        int concept = space.source().anchors[0][0];
        assertArrayEquals(new int[] {concept}, space.target().anchors[0]);
        assertArrayEquals(new int[] {concept}, space.target().anchors[1]);
        // 2 over the square root of the sentences holding it: one on the source side, two on the target side
        assertArrayEquals(new float[] {2.0f}, space.source().anchorWeights[0]);
        assertArrayEquals(new float[] {(float) (2.0 / Math.sqrt(2))}, space.target().anchorWeights[1]);
        assertTrue(space.strongAnchor()[concept]);
    }

    @Test
    void aOneSidedNumberStaysAndAOneSidedNameIsDropped() {
        SideText source = side(List.of(List.of()), List.of(List.of(anchor(AnchorKind.NUMBER, "57", 1.0),
                anchor(AnchorKind.NAME, "zzyzx", 1.0))));
        SideText target = side(List.of(List.of()), List.of(List.of(anchor(AnchorKind.NAME, "huawei", 1.0))));
        FeatureSpace space = build(source, target, Lexicon.EMPTY);
        assertEquals(1, space.source().anchors[0].length);
        assertEquals(0, space.target().anchors[0].length);
        assertTrue(space.strongAnchor()[space.source().anchors[0][0]]);
    }
}
