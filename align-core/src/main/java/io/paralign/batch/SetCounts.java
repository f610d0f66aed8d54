package io.paralign.batch;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.score.Lexicon;
import io.paralign.score.WordPairCounts;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first pass of set-level learning gathers from some of a set's pairs: per language pair, the word-pair
 * counts of its pairs' confident beads ({@link AlignmentPipeline#teaching}) and how many pairs it saw. Parts of
 * a set counted apart (on threads, in Spark partitions) are merged in any order and grouping with the same result, so
 * the lexicons learned do not depend on how the set was split. Serializable, to travel between processes; not
 * thread-safe.
 *
 * <p>Memory: at most {@code maxEntries} stems and stem pairs per language pair ({@link WordPairCounts}).
 */
public final class SetCounts implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int maxEntries;
    private final Map<LanguagePair, WordPairCounts> counts = new HashMap<>();
    private final Map<LanguagePair, Integer> documents = new HashMap<>();

    public SetCounts() {
        this(WordPairCounts.DEFAULT_MAX_ENTRIES);
    }

    /** @param maxEntries cap of each language pair's counts ({@link WordPairCounts#WordPairCounts(int)}) */
    public SetCounts(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** Counts what one pair taught ({@link BatchAligner.PairAligner#teach}) under its language pair. */
    public void add(LanguagePair languages, List<Lexicon.TokenPair> taught) {
        WordPairCounts counts = counted(languages);
        for (Lexicon.TokenPair pair : taught) {
            counts.add(pair.source(), pair.target());
        }
        documents.merge(languages, 1, Integer::sum);
    }

    /** Counts a pair whose first pass failed: a document of its language pair that teaches nothing. */
    public void addFailed(LanguagePair languages) {
        counted(languages);
        documents.merge(languages, 1, Integer::sum);
    }

    /** Adds the other's counts to these (the other is left as it was); returns this. */
    public SetCounts merge(SetCounts other) {
        other.counts.forEach((languages, more) -> counted(languages).merge(more));
        other.documents.forEach((languages, n) -> documents.merge(languages, n, Integer::sum));
        return this;
    }

    /** Pairs counted with these languages. */
    public int documents(LanguagePair languages) {
        return documents.getOrDefault(languages, 0);
    }

    /**
     * One lexicon per language pair seen in at least two pairs (a pair alone learns within itself anyway), with the
     * thresholds of one alignment ({@link AlignmentPipeline#learnLexicon(WordPairCounts)}).
     */
    public SetLexicons learn(AlignmentPipeline pipeline) {
        Map<LanguagePair, Lexicon> lexicons = new HashMap<>();
        Map<LanguagePair, Integer> levels = new HashMap<>();
        counts.forEach((languages, tally) -> {
            if (documents(languages) >= 2) {
                lexicons.put(languages, pipeline.learnLexicon(tally));
                levels.put(languages, tally.level());
            }
        });
        return lexicons.isEmpty() ? SetLexicons.NONE : new SetLexicons(lexicons, levels);
    }

    private WordPairCounts counted(LanguagePair languages) {
        return counts.computeIfAbsent(languages, l -> new WordPairCounts(maxEntries));
    }
}
