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
 * Document pairs in made-up languages: each source word has one made-up translation, no stem is shared across the
 * two sides, so lexical overlap comes only from learned word pairs. Documents are short, so a word pair is seen more
 * often over the set than within one document. The same documents come pre-segmented ({@link #pairs}) or as running
 * text ({@link #runningText}). Shared with the shells' tests through align-core's test-jar.
 */
public final class SyntheticSet {
    /** One generated pair: a name, its languages and both texts. */
    public record Pair(String name, String sourceLanguage, String targetLanguage, String source, String target) {
    }

    /** One document's sentences, each a list of words, and on each side the sentence the paragraph break follows. */
    private record Sentences(List<List<String>> source, List<List<String>> target, int sourceBreak, int targetBreak) {
    }

    private final List<String> sourceWords = new ArrayList<>();
    private final List<String> targetWords = new ArrayList<>();

    public SyntheticSet(long seed) {
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

    /**
     * {@code count} pre-segmented pairs (a sentence a line, a blank line between the two paragraphs) named
     * {@code prefix + k}, with a target sentence left out of every third document.
     */
    public List<Pair> pairs(String prefix, String sourceLanguage, String targetLanguage, int count, long seed) {
        List<Pair> pairs = new ArrayList<>();
        List<Sentences> documents = documents(count, seed);
        for (int d = 0; d < count; d++) {
            Sentences document = documents.get(d);
            pairs.add(new Pair(prefix + d, sourceLanguage, targetLanguage,
                    lines(document.source(), document.sourceBreak()),
                    lines(document.target(), document.targetBreak())));
        }
        return pairs;
    }

    /**
     * The documents of {@link #pairs} as running text: capitalised sentences after one another, a blank line between
     * the two paragraphs.
     */
    public List<Pair> runningText(String prefix, String sourceLanguage, String targetLanguage, int count, long seed) {
        List<Pair> pairs = new ArrayList<>();
        List<Sentences> documents = documents(count, seed);
        for (int d = 0; d < count; d++) {
            Sentences document = documents.get(d);
            pairs.add(new Pair(prefix + d, sourceLanguage, targetLanguage,
                    prose(document.source(), document.sourceBreak()),
                    prose(document.target(), document.targetBreak())));
        }
        return pairs;
    }

    private List<Sentences> documents(int count, long seed) {
        Random random = new Random(seed);
        List<Sentences> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<List<String>> source = new ArrayList<>();
            List<List<String>> target = new ArrayList<>();
            int sentences = 5 + random.nextInt(5);
            int dropped = d % 3 == 0 ? random.nextInt(sentences) : -1;
            int sourceBreak = -1;
            int targetBreak = -1;
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
                source.add(from);
                if (s != dropped) {
                    target.add(to);
                }
                if (s == sentences / 2) {
                    sourceBreak = source.size() - 1;
                    targetBreak = target.size() - 1;
                }
            }
            documents.add(new Sentences(source, target, sourceBreak, targetBreak));
        }
        return documents;
    }

    private static String lines(List<List<String>> sentences, int breakAfter) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            text.append(String.join(" ", sentences.get(s))).append(".\n");
            if (s == breakAfter) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String prose(List<List<String>> sentences, int breakAfter) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = String.join(" ", sentences.get(s));
            text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length())
                    .append(s == breakAfter ? ".\n\n" : ". ");
        }
        return text.toString().strip();
    }

    /** Aligns these pairs (pre-segmented) with {@code pipeline}; a pair named in {@code failing} throws. */
    public BatchAligner.PairAligner<Pair> aligner(AlignmentPipeline pipeline, Set<String> failing) {
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
