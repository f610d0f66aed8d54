package io.paralign.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Pairs of short documents in two made-up vocabularies (labelled {@code de} and {@code fr}: no function words of
 * either, so the language check lets them through): every source word has one target word, sentences are shuffled
 * word for word, and every fourth document drops a target sentence, so there is something to flag.
 */
final class GeneratedPairs {
    /** One pair, texts inline. */
    record Pair(String id, String sourceLang, String targetLang, String source, String target) {
    }

    private final List<String> sourceWords = new ArrayList<>();
    private final List<String> targetWords = new ArrayList<>();

    GeneratedPairs(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 400; k++) {
            sourceWords.add(word(random, "bdfgklmnprstvwz", "aeiou"));
            targetWords.add(word(random, "cdfhjlmnpqrstv", "aeiouy"));
        }
    }

    private static String word(Random random, String consonants, String vowels) {
        StringBuilder word = new StringBuilder();
        for (int k = 2 + random.nextInt(4); k > 0; k--) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    /** {@code count} pairs with ids {@code p0000}, {@code p0001}... */
    List<Pair> pairs(int count, long seed) {
        Random random = new Random(seed);
        List<Pair> pairs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            int sentences = 4 + random.nextInt(6);
            int dropped = d % 4 == 0 ? random.nextInt(sentences) : -1;
            for (int s = 0; s < sentences; s++) {
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                for (int w = 4 + random.nextInt(10); w > 0; w--) {
                    int word = (int) Math.floor(Math.pow(sourceWords.size(), random.nextDouble()));
                    from.add(sourceWords.get(word));
                    to.add(targetWords.get(word));
                }
                Collections.shuffle(to, random);
                source.append(capital(String.join(" ", from))).append(". ");
                if (s != dropped) {
                    target.append(capital(String.join(" ", to))).append(". ");
                }
                if (s % 3 == 2) {
                    source.append("\n\n");
                    target.append("\n\n");
                }
            }
            pairs.add(new Pair(String.format("p%04d", d), "de", "fr", source.toString().strip(),
                    target.toString().strip()));
        }
        return pairs;
    }

    private static String capital(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
