package io.paralign.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic Arabic/French article pairs of a given number of sentences per side, for benchmarks.
 * Plain text, one paragraph a line, paragraphs of 2 to 5 sentences; French runs about 1.27 times the Arabic
 * length in characters. Divergences a real pair has: now and then a French-only paragraph (an editor's note,
 * about one paragraph in 50), paid back by French sentences that join two Arabic sentences into one, so that both
 * sides end with exactly the requested number of sentences.
 */
public final class SyntheticPairs {
    private static final double FRENCH_ONLY_CHANCE = 1.0 / 50;
    private static final double MERGE_CHANCE = 0.2;

    /** An Arabic text, its French counterpart, and how many sentences each side holds. */
    public record Pair(String arabic, String french, int sentences) {
    }

    private SyntheticPairs() {
    }

    /**
     * @param sentences sentences on each side, at least 1
     * @param seed      seed of the {@link Random} that draws everything; same seed, same pair
     */
    public static Pair generate(int sentences, long seed) {
        if (sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1: " + sentences);
        }
        Random random = new Random(seed);
        SentencePairs phrases = new SentencePairs(random);
        StringBuilder arabic = new StringBuilder();
        StringBuilder french = new StringBuilder();
        int arabicLeft = sentences;
        int frenchLeft = sentences;
        while (frenchLeft > 0) {
            int size = Math.min(2 + random.nextInt(4), frenchLeft);
            int owed = arabicLeft - frenchLeft; // French sentences that must still merge two Arabic ones
            // a French-only paragraph is owed back by as many merges, which need French sentences left
            if (random.nextDouble() < FRENCH_ONLY_CHANCE && frenchLeft - size >= owed + size) {
                List<String> note = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    note.add(phrases.frenchOnly());
                }
                line(french, note, ". ");
                frenchLeft -= size;
                continue;
            }
            List<String> ar = new ArrayList<>();
            List<String> fr = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                owed = arabicLeft - frenchLeft;
                NewsPhrases.Entry first = phrases.next();
                if (owed > 0 && (owed == frenchLeft || random.nextDouble() < MERGE_CHANCE)) {
                    NewsPhrases.Entry second = phrases.next();
                    ar.add(first.arabic());
                    ar.add(second.arabic());
                    fr.add(first.french() + ", et " + second.french());
                    arabicLeft -= 2;
                } else {
                    ar.add(first.arabic());
                    fr.add(first.french());
                    arabicLeft -= 1;
                }
                frenchLeft -= 1;
            }
            line(arabic, ar, ". ");
            line(french, fr, ". ");
        }
        return new Pair(arabic.toString(), french.toString(), sentences);
    }

    private static void line(StringBuilder text, List<String> bodies, String separator) {
        for (int k = 0; k < bodies.size(); k++) {
            String body = bodies.get(k);
            text.append(Character.toUpperCase(body.charAt(0))).append(body, 1, body.length())
                    .append(k + 1 < bodies.size() ? separator : ".\n");
        }
    }
}
