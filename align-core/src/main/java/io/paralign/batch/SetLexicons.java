package io.paralign.batch;

import io.paralign.score.Lexicon;
import java.util.Map;

/**
 * The word pairs learned over a set, one lexicon per language pair. Immutable; serializable (a Spark broadcast).
 *
 * @param lexicons the lexicon of each language pair learned from at least two documents
 * @param levels   each language pair's sampling level ({@link io.paralign.score.WordPairCounts#level()}): 0 when
 *                 every stem was counted, otherwise the counts hit their cap and about one stem in 2^level was kept
 */
public record SetLexicons(Map<LanguagePair, Lexicon> lexicons, Map<LanguagePair, Integer> levels)
        implements java.io.Serializable {
    /** Nothing learned over the set: each pair learns alone. */
    public static final SetLexicons NONE = new SetLexicons(Map.of(), Map.of());

    public SetLexicons {
        lexicons = Map.copyOf(lexicons);
        levels = Map.copyOf(levels);
    }

    /** The word pairs for documents in these languages; {@link Lexicon#EMPTY} when none were learned. */
    public Lexicon of(LanguagePair languages) {
        return lexicons.getOrDefault(languages, Lexicon.EMPTY);
    }
}
