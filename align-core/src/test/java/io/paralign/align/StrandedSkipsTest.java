package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorKind;
import io.paralign.anchor.NameMatcher;
import io.paralign.model.Span;
import io.paralign.score.BitextCostModel;
import io.paralign.score.CostParams;
import io.paralign.score.FeatureSpace;
import io.paralign.score.LengthModel;
import io.paralign.score.Lexicon;
import io.paralign.score.SideText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link StrandedSkips}: a left-out sentence joins the bead beside it when it holds a rare name that the bead's
 * other side holds and its own side lacks; not when the bead already pairs that name, when the name is common,
 * when the wider shape is not allowed or costs too much, or when the sentence is a heading.
 */
class StrandedSkipsTest {
    private static final LengthModel LENGTH = new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE);

    /** Sentences as words separated by spaces, ten characters a word; a word {@code #x} is also a name anchor. */
    private static SideText side(boolean[] heading, String... sentences) {
        int n = sentences.length;
        List<List<String>> tokens = new ArrayList<>();
        List<List<Anchor>> anchors = new ArrayList<>();
        int[] lengths = new int[n];
        for (int s = 0; s < n; s++) {
            List<String> words = List.of(sentences[s].split(" "));
            tokens.add(words.stream().map(w -> w.replace("#", "")).toList());
            anchors.add(words.stream().filter(w -> w.startsWith("#")).map(w -> new Anchor(AnchorKind.NAME,
                    w.substring(1), w.substring(1), new Span(0, w.length() - 1), 0.8)).toList());
            lengths[s] = 10 * words.size();
        }
        return new SideText(tokens, anchors, lengths, heading, new boolean[n], new boolean[n]);
    }

    private static SideText side(String... sentences) {
        return side(new boolean[sentences.length], sentences);
    }

    /** The path {@code steps} ({@code "i+a:j+b"} each) over the two sides, repaired, in the same notation. */
    private static String repair(SideText source, SideText target, List<Shape> shapes, String steps) {
        FeatureSpace.AnchorLinks links = FeatureSpace.AnchorLinks.of(source, target, NameMatcher::matches, 100);
        FeatureSpace space = FeatureSpace.build(source, FeatureSpace.Shared.of(target, links), Lexicon.EMPTY);
        BitextCostModel model = new BitextCostModel(space.source(), space.target(), space.strongAnchor(),
                CostParams.sentenceDefaults(), LENGTH);
        List<Step> path = Arrays.stream(steps.split(" ")).map(s -> {
            int[] v = Arrays.stream(s.split("[+:]")).mapToInt(Integer::parseInt).toArray();
            return new Step(v[0], v[1], v[2], v[3], model.cost(v[0], v[1], v[2], v[3]));
        }).toList();
        return StrandedSkips.repair(path, space.source(), space.target(), space.stranded(), model, shapes).stream()
                .map(s -> s.source() + "+" + s.sourceCount() + ":" + s.target() + "+" + s.targetCount())
                .collect(Collectors.joining(" "));
    }

    private static final String SPLIT = "0+1:0+1 1+0:1+1 1+1:2+1 2+1:3+1";

    @Test
    void aTargetSentenceHoldingTheSourceSentencesNameJoinsItsBead() {
        assertEquals("0+1:0+1 1+1:1+2 2+1:3+1", repair(side("a b", "c d e f #almehairi", "g h"),
                side("a b", "#almehairi x", "c d e", "g h"), Shape.SENTENCE, SPLIT));
    }

    @Test
    void aSourceSentenceJoinsTheBeadBeforeIt() {
        assertEquals("0+1:0+1 1+2:1+1 3+1:2+1", repair(side("a b", "c d e", "#almehairi x", "g h"),
                side("a b", "c d e f #almehairi", "g h"), Shape.SENTENCE, "0+1:0+1 1+1:1+1 2+1:2+0 3+1:2+1"));
    }

    @Test
    void aNameTheBeadAlreadyPairsStrandsNothing() {
        assertEquals(SPLIT, repair(side("a b", "c d e f #almehairi", "g h"),
                side("a b", "#almehairi x", "c d e #almehairi", "g h"), Shape.SENTENCE, SPLIT));
    }

    @Test
    void aNameRepeatedThroughTheTextIsNoClue() {
        // five target sentences hold the name: each occurrence weighs 0.8 / sqrt(5), below the least weight
        String path = SPLIT + " 3+0:4+1 3+0:5+1";
        assertEquals(path, repair(side("a b", "c d e f #huawei", "g h #huawei"),
                side("a b #huawei", "#huawei x", "c d e", "g h #huawei", "#huawei y", "#huawei z"), Shape.SENTENCE,
                path));
    }

    @Test
    void theWiderBeadMustBeAShapeTheSearchAllows() {
        SideText source = side("a b", "c d e f g #almehairi", "h i");
        SideText target = side("a b", "#almehairi x", "c d", "e f", "h i");
        String path = "0+1:0+1 1+0:1+1 1+1:2+2 2+1:4+1";
        assertEquals(path, repair(source, target, Shape.COMMON, path));
        assertEquals("0+1:0+1 1+1:1+3 2+1:4+1", repair(source, target, Shape.SENTENCE, path));
    }

    @Test
    void aSentenceFarTooLongForTheBeadStaysOut() {
        // the bead's two sentences share every word; with the long one the bead would cost more than the cap allows
        String longSentence = "#almehairi" + IntStream.range(0, 40).mapToObj(k -> " w" + k).collect(Collectors.joining());
        assertEquals(SPLIT, repair(side("a b", "c d e f #almehairi", "g h"),
                side("a b", longSentence, "c d e f", "g h"), Shape.SENTENCE, SPLIT));
        assertEquals("0+1:0+1 1+1:1+2 2+1:3+1", repair(side("a b", "c d e f #almehairi", "g h"),
                side("a b", "#almehairi w", "c d e f", "g h"), Shape.SENTENCE, SPLIT));
    }

    @Test
    void aHeadingStaysOut() {
        assertEquals(SPLIT, repair(side("a b", "c d e f #almehairi", "g h"),
                side(new boolean[] {false, true, false, false}, "a b", "#almehairi x", "c d e", "g h"),
                Shape.SENTENCE, SPLIT));
    }
}
