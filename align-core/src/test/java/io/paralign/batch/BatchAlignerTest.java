package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;
import io.paralign.score.Lexicon;
import io.paralign.score.WordPairCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BatchAlignerTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static final ExecutorService FOUR = Executors.newFixedThreadPool(4);
    private static final SyntheticSet SET = new SyntheticSet(1);
    private static final BatchAligner.PairAligner<SyntheticSet.Pair> ALIGNER = SET.aligner(PIPELINE, Set.of());


    /** Every pair's JSON report (or failure) by name. */
    private static Map<String, String> run(List<SyntheticSet.Pair> pairs, LexiconScope scope,
                                           java.util.concurrent.Executor executor) throws InterruptedException {
        Map<String, String> reports = new ConcurrentHashMap<>();
        new BatchAligner(PIPELINE).run(pairs, ALIGNER, scope, executor, new BatchAligner.Outcomes<>() {
            @Override
            public void aligned(SyntheticSet.Pair pair, AlignmentResult result) {
                reports.put(pair.name(), JsonReport.write(result));
            }

            @Override
            public void failed(SyntheticSet.Pair pair, RuntimeException failure) {
                reports.put(pair.name(), "failed: " + failure.getMessage());
            }
        });
        return new TreeMap<>(reports);
    }

    @AfterAll
    static void stop() {
        FOUR.shutdownNow();
    }

    @Test
    void sameResultsOnOneOrFourThreadsInAnyOrder() throws InterruptedException {
        List<SyntheticSet.Pair> pairs = SET.pairs("de", "de", "fr", 12, 2);
        Map<String, String> one = run(pairs, LexiconScope.SET, Runnable::run);
        assertEquals(12, one.size());
        for (long seed = 0; seed < 3; seed++) {
            List<SyntheticSet.Pair> shuffled = new ArrayList<>(pairs);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(one, run(shuffled, LexiconScope.SET, FOUR), "order " + seed);
        }
    }

    @Test
    void learnsWhatTheListBasedLearningLearnsOverTheFirstPass() throws InterruptedException {
        List<SyntheticSet.Pair> pairs = SET.pairs("de", "de", "fr", 12, 2);
        List<AlignmentResult> firstPass = pairs.stream().map(p -> ALIGNER.align(p, Lexicon.EMPTY)).toList();
        SetLexicons learned = new BatchAligner(PIPELINE).learn(pairs, ALIGNER, FOUR);
        Lexicon expected = PIPELINE.learnLexicon(firstPass);
        assertTrue(expected.size() > 20, "word pairs to compare: " + expected.size());
        assertEquals(expected, learned.of(new LanguagePair("de", "fr")));
        assertEquals(Map.of(new LanguagePair("de", "fr"), 0), learned.levels());
    }

    /**
     * The first pass reads what a pair teaches from the beads alone ({@link AlignmentPipeline#teaching(Document,
     * Document)}): the same counts as from the whole result, for German-French and for the two seed articles
     * (the Arabic side's tokens are its stems).
     */
    @Test
    void teachingFromTheBeadsCountsWhatTheWholeResultTeaches() throws IOException {
        List<Document[]> pairs = new ArrayList<>();
        for (SyntheticSet.Pair pair : SET.pairs("de", "de", "fr", 12, 2)) {
            pairs.add(new Document[] {PIPELINE.segment(pair.source(), "de", true),
                    PIPELINE.segment(pair.target(), "fr", true)});
        }
        pairs.add(new Document[] {
                PIPELINE.segment(Files.readString(Path.of("..", "seeds", "000_8309a08ed0edb24a.txt")), "ar", false),
                PIPELINE.segment(Files.readString(Path.of("..", "seeds", "001_d60f469c9e1ad6ee.txt")), "fr", false)});
        WordPairCounts fromBeads = new WordPairCounts();
        WordPairCounts fromResults = new WordPairCounts();
        for (Document[] pair : pairs) {
            for (Lexicon.TokenPair taught : PIPELINE.teaching(pair[0], pair[1])) {
                fromBeads.add(taught.source(), taught.target());
            }
            for (Lexicon.TokenPair taught : PIPELINE.teaching(PIPELINE.align(pair[0], pair[1], Lexicon.EMPTY))) {
                fromResults.add(taught.source(), taught.target());
            }
        }
        assertTrue(fromResults.sentencePairs() > 100, "sentence pairs counted: " + fromResults.sentencePairs());
        assertEquals(fromResults.sentencePairs(), fromBeads.sentencePairs());
        assertEquals(fromResults.entries(), fromBeads.entries());
        assertEquals(PIPELINE.learnLexicon(fromResults), PIPELINE.learnLexicon(fromBeads));
    }

    @Test
    void setLevelWordPairsChangeTheResults() throws InterruptedException {
        List<SyntheticSet.Pair> pairs = SET.pairs("de", "de", "fr", 12, 2);
        Map<String, String> set = run(pairs, LexiconScope.SET, FOUR);
        Map<String, String> document = run(pairs, LexiconScope.DOCUMENT, FOUR);
        assertEquals(set.keySet(), document.keySet());
        assertNotEquals(set, document);
    }

    /**
     * Four German-French pairs teach Bäcker = boulanger and Brot = pain; in the fifth, a French sentence with no German
     * counterpart comes before the short translation of the baker's sentence. Alone the pair merges the two into a 1-2
     * bead; with the word pairs of the set it leaves the extra sentence unmatched, as a reader would.
     */
    @Test
    void setLevelWordPairsLeaveAnExtraSentenceUnmatchedThatOnePairAloneMerges() throws InterruptedException {
        String[][] sentences = {
                {"Der Bäcker backt am Morgen das Brot für das ganze Dorf.",
                        "Le boulanger cuit le matin le pain pour tout le village."},
                {"Im Hafen wartet der Fischer auf sein Boot.", "Au port, le pêcheur attend son bateau."},
                {"Das Brot vom Bäcker ist noch warm.", "Le pain du boulanger est encore chaud."},
                {"Der Fischer verkauft am Markt seine Fische aus dem Boot.",
                        "Le pêcheur vend au marché ses poissons du bateau."},
                {"Die Kinder laufen schnell zur Schule.", "Les enfants courent vite à l'école."}};
        List<SyntheticSet.Pair> pairs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            StringBuilder de = new StringBuilder();
            StringBuilder fr = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                de.append(sentences[(k + s) % 5][0]).append('\n');
                fr.append(sentences[(k + s) % 5][1]).append('\n');
            }
            pairs.add(new SyntheticSet.Pair("p" + k, "de", "fr", de.toString(), fr.toString()));
        }
        pairs.add(new SyntheticSet.Pair("q", "de", "fr", """
                Der Bürgermeister eröffnete am Morgen die neue Bibliothek der Stadt.
                Der Bäcker verkauft jeden Tag frisches Brot.
                Der Fischer repariert sein altes Boot im Hafen.
                """, """
                Le maire a inauguré ce matin la nouvelle bibliothèque de la ville.
                Il a plu toute la journée.
                Le boulanger vend du pain.
                Le pêcheur répare son vieux bateau au port.
                """));
        assertEquals(List.of("[0]-[0]", "[]-[1]", "[1]-[2]", "[2]-[3]"), beadsOf("q", pairs, LexiconScope.SET));
        assertEquals(List.of("[0]-[0]", "[1]-[1, 2]", "[2]-[3]"), beadsOf("q", pairs, LexiconScope.DOCUMENT));
    }

    private static List<String> beadsOf(String name, List<SyntheticSet.Pair> pairs, LexiconScope scope)
            throws InterruptedException {
        Map<String, List<String>> beads = new ConcurrentHashMap<>();
        new BatchAligner(PIPELINE).run(pairs, ALIGNER, scope, FOUR, new BatchAligner.Outcomes<>() {
            @Override
            public void aligned(SyntheticSet.Pair pair, AlignmentResult result) {
                beads.put(pair.name(), result.beads().stream().map(b -> b.source() + "-" + b.target()).toList());
            }

            @Override
            public void failed(SyntheticSet.Pair pair, RuntimeException failure) {
                throw failure;
            }
        });
        return beads.get(name);
    }

    @Test
    void learnsOneLexiconPerLanguagePair() throws InterruptedException {
        List<SyntheticSet.Pair> pairs = new ArrayList<>(SET.pairs("de", "de", "fr", 6, 3));
        pairs.addAll(new SyntheticSet(2).pairs("en", "en-GB", "fr-CA", 3, 4));
        pairs.addAll(new SyntheticSet(2).pairs("en", "en", "fr", 3, 5));
        pairs.addAll(SET.pairs("it", "it", "fr", 1, 6));
        Collections.shuffle(pairs, new Random(9));
        SetLexicons learned = new BatchAligner(PIPELINE).learn(pairs, ALIGNER, FOUR);
        LanguagePair deFr = new LanguagePair("de", "fr");
        LanguagePair enFr = new LanguagePair("en", "fr");
        assertEquals(Set.of(deFr, enFr), learned.lexicons().keySet(), "it-fr has one pair: nothing learned over it");
        assertNotEquals(learned.of(deFr), learned.of(enFr));
        assertTrue(learned.of(deFr).size() > 0 && learned.of(enFr).size() > 0);
        assertSame(Lexicon.EMPTY, learned.of(new LanguagePair("it", "fr")));
    }

    @Test
    void aSetOfOnePairLearnsNothing() throws InterruptedException {
        assertSame(SetLexicons.NONE, new BatchAligner(PIPELINE).learn(SET.pairs("de", "de", "fr", 1, 2),
                ALIGNER, FOUR));
        assertSame(SetLexicons.NONE, new BatchAligner(PIPELINE).learn(List.of(), ALIGNER, FOUR));
    }

    @Test
    void aFailingPairIsReportedAndTeachesNothing() throws InterruptedException {
        List<SyntheticSet.Pair> pairs = SET.pairs("de", "de", "fr", 6, 2);
        Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
        List<String> aligned = Collections.synchronizedList(new ArrayList<>());
        new BatchAligner(PIPELINE).run(pairs, failing(Set.of("de2")), LexiconScope.SET, FOUR,
                new BatchAligner.Outcomes<>() {
                    @Override
                    public void aligned(SyntheticSet.Pair pair, AlignmentResult result) {
                        aligned.add(pair.name());
                    }

                    @Override
                    public void failed(SyntheticSet.Pair pair, RuntimeException failure) {
                        failures.put(pair.name(), failure);
                    }
                });
        assertEquals(Set.of("de2"), failures.keySet());
        assertEquals("planted failure in de2", failures.get("de2").getMessage());
        assertEquals(5, aligned.size());
        List<SyntheticSet.Pair> others = pairs.stream().filter(p -> !p.name().equals("de2")).toList();
        assertEquals(new BatchAligner(PIPELINE).learn(others, ALIGNER, FOUR),
                new BatchAligner(PIPELINE).learn(pairs, failing(Set.of("de2")), FOUR));
    }

    @Test
    void anExceptionFromTheCallerStopsTheBatchAndIsRethrown() {
        List<SyntheticSet.Pair> pairs = SET.pairs("de", "de", "fr", 3, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BatchAligner(PIPELINE).run(
                pairs, ALIGNER, LexiconScope.DOCUMENT, Runnable::run, new BatchAligner.Outcomes<>() {
                    @Override
                    public void aligned(SyntheticSet.Pair pair, AlignmentResult result) {
                        throw new IllegalStateException("disk full at " + pair.name());
                    }

                    @Override
                    public void failed(SyntheticSet.Pair pair, RuntimeException failure) {
                    }
                }));
        assertEquals("disk full at de0", e.getMessage());
    }

    @Test
    void languagePairsAreTheirPrimarySubtags() {
        assertEquals(new LanguagePair("ar", "fr"), new LanguagePair("ar-EG", "fr-CA"));
    }

    /**
     * With an executor that holds every task until the test runs it, the caller stops submitting at 256 pairs
     * submitted and unfinished, and submits one more for each that finishes.
     */
    @Test
    void atMost256PairsAreSubmittedAndUnfinishedAtOnce() throws Exception {
        List<Integer> pairs = IntStream.range(0, 300).boxed().toList();
        BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
        Set<Integer> failed = ConcurrentHashMap.newKeySet();
        BatchAligner.PairAligner<Integer> aligner = new BatchAligner.PairAligner<>() {
            @Override
            public LanguagePair languages(Integer pair) {
                return new LanguagePair("de", "fr");
            }

            @Override
            public AlignmentResult align(Integer pair, Lexicon lexicon) {
                throw new IllegalStateException("not aligned: " + pair);
            }
        };
        BatchAligner.Outcomes<Integer> outcomes = new BatchAligner.Outcomes<>() {
            @Override
            public void aligned(Integer pair, AlignmentResult result) {
            }

            @Override
            public void failed(Integer pair, RuntimeException failure) {
                failed.add(pair);
            }
        };
        Thread caller = new Thread(() -> {
            try {
                new BatchAligner(PIPELINE).run(pairs, aligner, LexiconScope.DOCUMENT, held::add, outcomes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        caller.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (caller.getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < deadline, "the caller never waited for a free slot");
            Thread.sleep(1);
        }
        assertEquals(256, held.size());
        for (Runnable task; (task = held.poll(10, TimeUnit.SECONDS)) != null; ) {
            task.run();
            assertTrue(held.size() <= 256, held.size() + " held");
            if (failed.size() == pairs.size()) {
                break;
            }
        }
        caller.join(10_000);
        assertEquals(300, failed.size());
    }

    /** Aligns generated pairs; the pairs named throw. */
    private static BatchAligner.PairAligner<SyntheticSet.Pair> failing(Set<String> names) {
        return SET.aligner(PIPELINE, names);
    }
}
