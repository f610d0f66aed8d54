package io.paralign.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligned sentence pairs of two texts, kept as their sentences' stem numbers ({@link SideText#stemIds()}), to learn
 * word pairs from ({@link Lexicon}): no stem is looked up as a string again.
 */
public final class StemPairs {
    private final SideText source;
    private final SideText target;
    private final List<int[]> sourceStems = new ArrayList<>();
    private final List<int[]> targetStems = new ArrayList<>();

    public StemPairs(SideText source, SideText target) {
        this.source = source;
        this.target = target;
    }

    /** Adds source sentence {@code s} aligned with target sentence {@code t}. */
    public void add(int s, int t) {
        sourceStems.add(source.stemIds()[s]);
        targetStems.add(target.stemIds()[t]);
    }

    public int size() {
        return sourceStems.size();
    }

    /** The word pairs these pairs teach: {@link Lexicon#learn(java.util.Collection, int, double, int)}'s table. */
    public Lexicon learn(int minCount, double minDice, int maxPerWord) {
        return Lexicon.learn(source.stems(), sourceStems, target.stems(), targetStems, minCount, minDice, maxPerWord);
    }
}
