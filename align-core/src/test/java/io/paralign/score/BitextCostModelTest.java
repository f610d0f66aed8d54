package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.NameMatcher;
import io.paralign.anchor.StandardAnchorExtractor;
import io.paralign.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BitextCostModelTest {
    private static final double EPS = 1e-6;
    private static final Tokenizer TOKENIZER = new Tokenizer(TextNormalizer.standard());
    private static final StandardAnchorExtractor ANCHORS = new StandardAnchorExtractor();

    @Test
    void aTranslationCostsLessThanItsNeighboursTranslation() {
        BitextCostModel model = sentences(
                List.of("The minister visited Lyon on Monday with 40 engineers.",
                        "The new station will open in 2027 after a long debate."),
                List.of("Le ministre a visité Lyon lundi avec 40 ingénieurs.",
                        "La nouvelle gare ouvrira en 2027 après un long débat."));
        double first = model.cost(0, 1, 0, 1);
        double second = model.cost(1, 1, 1, 1);
        assertTrue(first < model.cost(0, 1, 1, 1), first + " vs " + model.cost(0, 1, 1, 1));
        assertTrue(first < model.cost(1, 1, 0, 1), first + " vs " + model.cost(1, 1, 0, 1));
        assertTrue(second < model.cost(0, 1, 1, 1), second + " vs " + model.cost(0, 1, 1, 1));
        assertTrue(second < model.cost(1, 1, 0, 1), second + " vs " + model.cost(1, 1, 0, 1));
        // and the two true pairs together beat the crossed ones and leaving everything out
        assertTrue(first + second < model.cost(0, 1, 1, 1) + model.cost(1, 1, 0, 1));
        assertTrue(first + second < model.cost(0, 2, 0, 0) + model.cost(0, 0, 0, 2));
    }

    /** One English sentence that the French splits in two: a 2-1 bead beats a 1-1 bead plus a left-over sentence. */
    @Test
    void aSentenceTranslatedByTwoIsOneBead() {
        BitextCostModel model = sentences(
                List.of("The company, founded in 1998 in Toulouse, employs 350 people and exports its machines "
                        + "to Brazil."),
                List.of("L'entreprise a été fondée en 1998 à Toulouse.",
                        "Elle emploie 350 personnes et exporte ses machines au Brésil."));
        double merged = model.cost(0, 1, 0, 2);
        double firstThenSkip = model.cost(0, 1, 0, 1) + model.cost(1, 0, 1, 1);
        double skipThenSecond = model.cost(0, 0, 0, 1) + model.cost(0, 1, 1, 1);
        assertTrue(merged < firstThenSkip, merged + " vs " + firstThenSkip);
        assertTrue(merged < skipThenSecond, merged + " vs " + skipThenSecond);
    }

    /**
     * Two English sentences that are one French sentence: the 2-1 shape. The second sentence's numbers are what says
     * so (without word pairs, "closed" and "fermé" share nothing).
     */
    @Test
    void twoSentencesTranslatedByOneAreOneBead() {
        BitextCostModel model = sentences(
                List.of("The museum reopened on 12 May in Lyon.",
                        "It had been closed since 2019 for works costing 45 million euros."),
                List.of("Le musée a rouvert le 12 mai à Lyon après avoir été fermé depuis 2019 pour des travaux de "
                        + "45 millions d'euros."));
        double merged = model.cost(0, 2, 0, 1);
        double firstThenSkip = model.cost(0, 1, 0, 1) + model.cost(1, 1, 1, 0);
        double skipThenSecond = model.cost(0, 1, 0, 0) + model.cost(1, 1, 0, 1);
        assertTrue(merged < firstThenSkip, merged + " vs " + firstThenSkip);
        assertTrue(merged < skipThenSecond, merged + " vs " + skipThenSecond);
    }

    /**
     * The same pair with a number on the English side only, against a word of the same length and no number: the
     * lengths and the stems compared are the same, only the one-sided number differs.
     */
    @Test
    void aNumberOnOneSideOnlyRaisesTheCost() {
        String french = "Le pont a coûté des millions d'euros.";
        BitextCostModel withNumber = sentences(List.of("The bridge cost 250 millions of euros."), List.of(french));
        BitextCostModel withWord = sentences(List.of("The bridge cost big millions of euros."), List.of(french));
        double oneSided = withNumber.cost(0, 1, 0, 1);
        double none = withWord.cost(0, 1, 0, 1);
        assertTrue(oneSided > none + 0.5, oneSided + " vs " + none);
        // the same number on both sides is evidence for the pair instead
        BitextCostModel both = sentences(List.of("The bridge cost 250 millions of euros."),
                List.of("Le pont a coûté 250 millions d'euros."));
        assertTrue(both.cost(0, 1, 0, 1) < none, both.cost(0, 1, 0, 1) + " vs " + none);
    }

    /**
     * Gale-Church by hand: ratio 1, variance 4, lengths 90 and 110. The mean length is (90 + 110 / 1) / 2 = 100, the
     * deviation (110 - 1 * 90) / sqrt(100 * 4) = 20 / 20 = 1.0; a normal table gives Phi(1) = 0.841345, so
     * 2 (1 - Phi(1)) = 0.317311 and the cost is -ln 0.317311 = 1.147874.
     */
    @Test
    void galeChurchCostByHand() {
        LengthModel model = new LengthModel(1.0, 4.0);
        assertEquals(1.0, model.delta(90, 110), 1e-12);
        assertEquals(1.147874, model.cost(90, 110), 1e-5);
        assertEquals(0.317311, model.agreement(90, 110), 1e-5);
        // deviation 2: lengths 80 and 120 (mean 100, sd 20); 2 (1 - Phi(2)) = 0.045500, -ln = 3.090037
        assertEquals(-2.0, model.delta(120, 80), 1e-12);
        assertEquals(3.090037, model.cost(120, 80), 1e-5);
    }

    /**
     * With ratio 2 and variance 5, lengths 40 and 100: mean (40 + 100 / 2) / 2 = 45, sd sqrt(45 * 5) = 15, deviation
     * (100 - 80) / 15 = 4/3; Phi(1.3333) = 0.908789, 2 (1 - Phi) = 0.182422, cost -ln 0.182422 = 1.701430.
     */
    @Test
    void galeChurchCostWithAUnevenRatioByHand() {
        LengthModel model = new LengthModel(2.0, 5.0);
        assertEquals(4.0 / 3.0, model.delta(40, 100), 1e-12);
        assertEquals(1.701430, model.cost(40, 100), 1e-5);
        // the far tail: lengths 1 and 200 under ratio 1, variance 1 (mean (1 + 200) / 2 = 100.5), deviation
        // 199 / sqrt(100.5) = 19.85; its cost z^2/2 + ln z + ln sqrt(2 pi) - ln 2 = 197.0 + 2.99 + 0.92 - 0.69 is
        // far past the cap of 40
        assertEquals(40.0, new LengthModel(1.0, 1.0).cost(1, 200), 1e-12);
    }

    /**
     * A whole 1-1 bead by hand over units made directly. Source: 90 characters, concepts {1, 2, 3} from 3 stems, anchor
     * 0 of weight 1.0. Target: 110 characters, concepts {2, 3, 4, 5} from 4 stems, anchors 0 (0.5) and 1 (0.75),
     * both strong. Length cost 1.147874 (above); Dice 2 * 2 / 7 = 0.571429; matched anchor weight (1.0 + 0.5) / 2 =
     * 0.75; one-sided 0.75. Cost 0.75 * 1.147874 - 4.5 * 0.571429 - 2.0 * 0.75 + 1.125 * 0.75 = 0.860906 - 2.571429
     * - 1.5 + 0.84375 = -2.366773.
     */
    @Test
    void oneToOneBeadCostByHand() {
        Units source = units(new int[] {90}, new int[][] {{1, 2, 3}}, new int[][] {{0}}, new float[][] {{1.0f}});
        Units target = units(new int[] {110}, new int[][] {{2, 3, 4, 5}}, new int[][] {{0, 1}},
                new float[][] {{0.5f, 0.75f}});
        BitextCostModel model = new BitextCostModel(source, target, new boolean[] {true, true},
                CostParams.sentenceDefaults(), new LengthModel(1.0, 4.0));
        assertEquals(-2.366773, model.cost(0, 1, 0, 1), 1e-5);
        // similarity: mean of length agreement 0.317311 and max(Dice 0.571429, anchor share 0.75 / 1.5 = 0.5)
        assertEquals((0.317311 + 0.571429) / 2, model.similarity(0, 1, 0, 1), 1e-5);
        // leaving either unit out costs the plain skip, 4.0
        assertEquals(4.0, model.cost(0, 1, 0, 0), EPS);
        assertEquals(4.0, model.cost(0, 0, 0, 1), EPS);
        assertEquals(0.0, model.similarity(0, 1, 0, 0), EPS);
    }

    /**
     * A 2-1 bead by hand: two source units of 40 and 50 characters, concepts {1} and {2}, no anchors, the first ending
     * its paragraph, against a target unit of 90 characters with concepts {1, 2, 9}. Under ratio 1 the length cost
     * is 0; Dice is 2 * 2 / (2 + 3) = 0.8. Cost: merge prior 4.6 - 4.5 * 0.8 + break penalty 4.0 = 5.0; without the
     * paragraph break it would be 1.0.
     */
    @Test
    void twoToOneBeadAcrossAParagraphBreakByHand() {
        Units source = new Units(new int[] {40, 50}, new int[][] {{1}, {2}}, new int[] {1, 1},
                new int[][] {{}, {}}, new float[][] {{}, {}}, new boolean[2], new boolean[2], new boolean[] {true, true});
        Units sameParagraph = new Units(new int[] {40, 50}, new int[][] {{1}, {2}}, new int[] {1, 1},
                new int[][] {{}, {}}, new float[][] {{}, {}}, new boolean[2], new boolean[2], new boolean[] {false, true});
        Units target = units(new int[] {90}, new int[][] {{1, 2, 9}}, new int[][] {{}}, new float[][] {{}});
        LengthModel even = new LengthModel(1.0, 6.8);
        CostParams params = CostParams.sentenceDefaults();
        assertEquals(5.0, new BitextCostModel(source, target, new boolean[0], params, even).cost(0, 2, 0, 1), EPS);
        assertEquals(1.0, new BitextCostModel(sameParagraph, target, new boolean[0], params, even).cost(0, 2, 0, 1),
                EPS);
    }

    /** Skips by hand: 4.0 for a sentence, 2.5 for a heading, 1.0 for a repeat or boilerplate, summed over a run. */
    @Test
    void skipCostsByHand() {
        Units source = new Units(new int[] {10, 10, 10}, new int[][] {{}, {}, {}}, new int[3],
                new int[][] {{}, {}, {}}, new float[][] {{}, {}, {}}, new boolean[] {false, true, true},
                new boolean[] {false, false, true}, new boolean[3]);
        Units target = units(new int[] {10}, new int[][] {{}}, new int[][] {{}}, new float[][] {{}});
        BitextCostModel model = new BitextCostModel(source, target, new boolean[0], CostParams.sentenceDefaults(),
                new LengthModel(1.0, 6.8));
        assertEquals(4.0, model.cost(0, 1, 0, 0), EPS);
        assertEquals(2.5, model.cost(1, 1, 0, 0), EPS);
        // a heading that is also a repeat costs the expendable skip
        assertEquals(1.0, model.cost(2, 1, 0, 0), EPS);
        assertEquals(7.5, model.cost(0, 3, 0, 0), EPS);
    }

    /** Shape priors of the sentence defaults: 0 for 1-1, 4.6 for 2-1 and 1-2, 4.4 for 2-2, 6.0 for 3-1 and 1-3. */
    @Test
    void shapePriors() {
        CostParams params = CostParams.sentenceDefaults();
        assertEquals(0.0, params.prior(1, 1));
        assertEquals(4.6, params.prior(2, 1));
        assertEquals(4.6, params.prior(1, 2));
        assertEquals(4.4, params.prior(2, 2));
        assertEquals(6.0, params.prior(3, 1));
        assertEquals(6.0, params.prior(1, 3));
    }

    @Property(tries = 200)
    void lowerBoundNeverExceedsTheCost(@ForAll long seed) {
        Random random = new Random(seed);
        Units source = randomUnits(random, 1 + random.nextInt(8));
        Units target = randomUnits(random, 1 + random.nextInt(8));
        boolean[] strong = new boolean[12];
        for (int k = 0; k < strong.length; k++) {
            strong[k] = random.nextBoolean();
        }
        for (CostParams params : new CostParams[] {CostParams.sentenceDefaults(), CostParams.paragraphDefaults()}) {
            BitextCostModel model = new BitextCostModel(source, target, strong, params,
                    LengthModels.prior("ar", "fr", 1000, 1000));
            for (int i = 0; i < source.size(); i++) {
                for (int j = 0; j < target.size(); j++) {
                    for (int a = 0; a <= Math.min(3, source.size() - i); a++) {
                        for (int b = 0; b <= Math.min(3, target.size() - j); b++) {
                            if (a + b > 0) {
                                double bound = model.lowerBound(i, a, j, b);
                                double cost = model.cost(i, a, j, b);
                                assertTrue(bound <= cost, bound + " > " + cost);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A sentence-level model of an English text against a French one, each sentence its own paragraph's end. */
    private static BitextCostModel sentences(List<String> english, List<String> french) {
        SideText source = side(english, "en");
        SideText target = side(french, "fr");
        FeatureSpace.AnchorLinks links = FeatureSpace.AnchorLinks.of(source, target, NameMatcher::matches, 2000);
        FeatureSpace space = FeatureSpace.build(source, FeatureSpace.Shared.of(target, links), Lexicon.EMPTY);
        return new BitextCostModel(space.source(), space.target(), space.strongAnchor(),
                CostParams.sentenceDefaults(), LengthModels.prior("en", "fr", 0, 0));
    }

    private static SideText side(List<String> sentences, String language) {
        List<List<String>> tokens = new ArrayList<>();
        List<List<Anchor>> anchors = new ArrayList<>();
        int[] lengths = new int[sentences.size()];
        int offset = 0;
        for (int k = 0; k < sentences.size(); k++) {
            String text = sentences.get(k);
            tokens.add(TOKENIZER.tokens(text));
            anchors.add(ANCHORS.extract(text, offset, language));
            lengths[k] = text.length();
            offset += text.length() + 1;
        }
        boolean[] ends = new boolean[sentences.size()];
        Arrays.fill(ends, true);
        return new SideText(tokens, anchors, lengths, new boolean[lengths.length], new boolean[lengths.length], ends);
    }

    /** Units of single sentences, each ending its paragraph, with as many stems as concepts. */
    private static Units units(int[] length, int[][] tokens, int[][] anchors, float[][] weights) {
        int n = length.length;
        int[] counts = new int[n];
        for (int u = 0; u < n; u++) {
            counts[u] = tokens[u].length;
        }
        boolean[] ends = new boolean[n];
        Arrays.fill(ends, true);
        return new Units(length, tokens, counts, anchors, weights, new boolean[n], new boolean[n], ends);
    }

    /** Units with random lengths, token sets that often overlap, and anchors over a dozen concepts. */
    private static Units randomUnits(Random random, int n) {
        int[] length = new int[n];
        int[][] tokens = new int[n][];
        int[] counts = new int[n];
        int[][] anchors = new int[n][];
        float[][] weights = new float[n][];
        for (int u = 0; u < n; u++) {
            length[u] = 1 + random.nextInt(300);
            tokens[u] = random.ints(random.nextInt(20), 0, 30).sorted().distinct().toArray();
            counts[u] = tokens[u].length + random.nextInt(3);
            anchors[u] = random.ints(random.nextInt(5), 0, 12).sorted().toArray();
            weights[u] = new float[anchors[u].length];
            for (int k = 0; k < weights[u].length; k++) {
                weights[u][k] = random.nextFloat() * 2;
            }
        }
        boolean[] none = new boolean[n];
        boolean[] ends = new boolean[n];
        Arrays.fill(ends, random.nextBoolean());
        return new Units(length, tokens, counts, anchors, weights, none, none.clone(), ends);
    }
}
