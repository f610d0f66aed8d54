package io.paralign.batch;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.Lexicon;
import io.paralign.score.WordPairCounts;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Aligns a set of document pairs learning word pairs over the whole set: a first pass aligns every pair with no
 * outside word pairs as far as its beads and counts the stems of its confident 1-1 beads per language pair
 * ({@link PairAligner#teach}) into one {@link WordPairCounts} for the set; one lexicon is learned per language pair
 * seen in at least two pairs; a second pass aligns every pair with its language pair's lexicon and hands each result
 * to the caller. hunalign's realign step (Varga et al. 2005) taken from one document to the set.
 *
 * <p>Memory does not grow with the number of pairs: the first pass keeps counts (capped, see
 * {@link WordPairCounts}), at most {@value #IN_FLIGHT} pairs are submitted and not yet finished, and results go to
 * the caller as they come. The pairs are iterated twice (once per pass, once more for a quick size check), so they
 * may be read lazily. The results do not depend on the order of the pairs or on the executor: counts are added and
 * merged in a commutative way and the lexicon breaks ties as {@link Lexicon#learn(WordPairCounts, int, double, int)}
 * does. Thread-safe; work runs only on the executor given.
 */
public final class BatchAligner {
    /** Pairs submitted to the executor and not yet finished, at most. */
    public static final int IN_FLIGHT = 256;

    private final AlignmentPipeline pipeline;
    private final int maxEntries;

    /** How a caller's pair is aligned; usually {@code pipeline.align(source, target, lexicon)}. */
    public interface PairAligner<T> {
        /** The pair's languages, which choose the lexicon it learns into and is aligned with. */
        LanguagePair languages(T pair);

        /** Aligns the pair with these word pairs besides its own. */
        AlignmentResult align(T pair, Lexicon lexicon);

        /**
         * What the pair teaches the set, the first pass: its confident 1-1 beads' stems. By default the pair is
         * aligned with no outside word pairs and read from the result; an aligner that holds the pair's documents
         * should return {@link AlignmentPipeline#teaching(io.paralign.model.Document, io.paralign.model.Document)},
         * which skips what teaching does not read (the same pairs, for less work).
         */
        default List<Lexicon.TokenPair> teach(T pair, AlignmentPipeline pipeline) {
            return pipeline.teaching(align(pair, Lexicon.EMPTY));
        }
    }

    /** Where each pair's final result goes; called concurrently from the executor's threads, in no fixed order. */
    public interface Outcomes<T> {
        void aligned(T pair, AlignmentResult result);

        /** The pair's alignment threw; the other pairs go on. */
        void failed(T pair, RuntimeException failure);
    }

    public BatchAligner(AlignmentPipeline pipeline) {
        this(pipeline, WordPairCounts.DEFAULT_MAX_ENTRIES);
    }

    /** @param maxEntries cap of each language pair's counts ({@link WordPairCounts#WordPairCounts(int)}) */
    public BatchAligner(AlignmentPipeline pipeline, int maxEntries) {
        this.pipeline = pipeline;
        this.maxEntries = maxEntries;
    }

    /**
     * Both passes (only the second with {@link LexiconScope#DOCUMENT}). An exception thrown by {@code outcomes} stops
     * submitting pairs and is rethrown once the submitted ones have finished.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting; pairs already submitted
     *                              still run, the caller owns the executor
     */
    public <T> void run(Iterable<T> pairs, PairAligner<T> aligner, LexiconScope scope, Executor executor,
                        Outcomes<T> outcomes) throws InterruptedException {
        SetLexicons lexicons = scope == LexiconScope.SET ? learn(pairs, aligner, executor) : SetLexicons.NONE;
        align(pairs, aligner, lexicons, executor, outcomes);
    }

    /**
     * The first pass: word pairs learned over the set, per language pair. A set of fewer than two pairs, or a language
     * pair seen in only one, learns nothing (the pair learns within itself anyway). A pair whose alignment fails
     * teaches nothing; the second pass reports it.
     */
    public <T> SetLexicons learn(Iterable<T> pairs, PairAligner<T> aligner, Executor executor)
            throws InterruptedException {
        if (fewerThanTwo(pairs)) {
            return SetLexicons.NONE;
        }
        SetCounts total = new SetCounts(maxEntries);
        InFlight.forEach(pairs, IN_FLIGHT, executor, pair -> count(pair, aligner, total));
        return total.learn(pipeline);
    }

    /**
     * The first pass over some of a set's pairs, in the calling thread, for a caller that splits the set itself (a
     * Spark partition): merge the counts of every part ({@link SetCounts#merge}), then {@link SetCounts#learn}. Over
     * the whole set, the same lexicons as {@link #learn}, unless the whole set has fewer than two pairs.
     */
    public <T> SetCounts count(Iterator<T> pairs, PairAligner<T> aligner) {
        SetCounts counts = new SetCounts(maxEntries);
        while (pairs.hasNext()) {
            count(pairs.next(), aligner, counts);
        }
        return counts;
    }

    /**
     * Counts what the pair teaches straight into {@code counts}, holding its lock only while adding. A pair whose
     * alignment fails teaches nothing; the second pass reports it.
     */
    private <T> void count(T pair, PairAligner<T> aligner, SetCounts counts) {
        LanguagePair languages = aligner.languages(pair);
        List<Lexicon.TokenPair> taught;
        try {
            taught = aligner.teach(pair, pipeline);
        } catch (RuntimeException e) {
            taught = null;
        }
        synchronized (counts) {
            if (taught == null) {
                counts.addFailed(languages);
            } else {
                counts.add(languages, taught);
            }
        }
    }

    /** The second pass: every pair aligned with its language pair's lexicon, each outcome handed over. */
    public <T> void align(Iterable<T> pairs, PairAligner<T> aligner, SetLexicons lexicons, Executor executor,
                          Outcomes<T> outcomes) throws InterruptedException {
        InFlight.forEach(pairs, IN_FLIGHT, executor, pair -> {
            AlignmentResult result;
            try {
                result = aligner.align(pair, lexicons.of(aligner.languages(pair)));
            } catch (RuntimeException e) {
                outcomes.failed(pair, e);
                return;
            }
            outcomes.aligned(pair, result);
        });
    }

    private static boolean fewerThanTwo(Iterable<?> pairs) {
        Iterator<?> it = pairs.iterator();
        if (!it.hasNext()) {
            return true;
        }
        it.next();
        return !it.hasNext();
    }
}
