package io.paralign.batch;

import io.paralign.model.Document;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Pre-segmented document pairs in made-up languages: each source word has one made-up translation, no stem is
 * shared across the two sides, so lexical overlap comes only from learned word pairs. Documents are short, so a word
 * pair is seen more often over the set than within one document.
 */
final class SyntheticSet {
    /** One generated pair: a name, its languages and both pre-segmented texts. */
    record Pair(String name, String sourceLanguage, String targetLanguage, String source, String target) {
    }

    private final List<String> sourceWords = new ArrayList<>();
    private final List<String> targetWords = new ArrayList<>();

    SyntheticSet(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 300; k++) {
            sourceWords.add(word(random, "bdgklmnprstvz", "aeiou"));
            targetWords.add(word(random, "cfhjlmnqrstw", "aeiouy"));
        }
    }

    private static String word(Random random, String consonants, String vowels) {
        StringBuilder word = new StringBuilder();
        int syllables = 3 + random.nextInt(3);
        for (int k = 0; k < syllables; k++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    /** {@code count} pairs named {@code prefix + k}, with a target sentence left out of every third document. */
    List<Pair> pairs(String prefix, String sourceLanguage, String targetLanguage, int count, long seed) {
        Random random = new Random(seed);
        List<Pair> pairs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            int sentences = 5 + random.nextInt(5);
            int dropped = d % 3 == 0 ? random.nextInt(sentences) : -1;
            for (int s = 0; s < sentences; s++) {
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                int length = 3 + random.nextInt(12);
                for (int w = 0; w < length; w++) {
                    int word = (int) Math.floor(Math.pow(sourceWords.size(), random.nextDouble()));
                    from.add(sourceWords.get(word));
                    to.add(targetWords.get(word));
                }
                Collections.shuffle(to, random);
                source.append(String.join(" ", from)).append(".\n");
                if (s != dropped) {
                    target.append(String.join(" ", to)).append(".\n");
                }
                if (s == sentences / 2) {
                    source.append('\n');
                    target.append('\n');
                }
            }
            pairs.add(new Pair(prefix + d, sourceLanguage, targetLanguage, source.toString(), target.toString()));
        }
        return pairs;
    }

    /** Aligns these pairs (pre-segmented) with {@code pipeline}; a pair named in {@code failing} throws. */
    BatchAligner.PairAligner<Pair> aligner(AlignmentPipeline pipeline, Set<String> failing) {
        return new BatchAligner.PairAligner<>() {
            @Override
            public LanguagePair languages(Pair pair) {
                return new LanguagePair(pair.sourceLanguage(), pair.targetLanguage());
            }

            @Override
            public AlignmentResult align(Pair pair, Lexicon lexicon) {
                if (failing.contains(pair.name())) {
                    throw new IllegalStateException("planted failure in " + pair.name());
                }
                Document source = pipeline.segment(pair.source(), pair.sourceLanguage(), true);
                Document target = pipeline.segment(pair.target(), pair.targetLanguage(), true);
                return pipeline.align(source, target, lexicon);
            }
        };
    }
}
