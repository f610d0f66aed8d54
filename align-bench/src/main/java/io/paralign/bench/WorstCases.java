package io.paralign.bench;

import java.util.List;
import java.util.Random;

/**
 * Worst-case input families for the HTTP service, each a deterministic Arabic/French pair of a given size: the
 * shapes a client can send that no article has, used by {@link GrowthProbe} to check that cost grows with the
 * input and not faster.
 */
enum WorstCases {
    /** One sentence a side holding {@code size} numbers (the same numbers on both sides). */
    NUMBERS {
        @Override
        SyntheticPairs.Pair generate(int size) {
            StringBuilder arabic = new StringBuilder("أعلن الوزير الأرقام التالية");
            StringBuilder french = new StringBuilder("Le ministre a annoncé les chiffres suivants");
            for (int k = 0; k < size; k++) {
                String number = Integer.toString(1 + k * 7);
                arabic.append(' ').append(number);
                french.append(' ').append(number);
            }
            return new SyntheticPairs.Pair(arabic.append(".\n").toString(), french.append(".\n").toString(), 1);
        }
    },
    /** {@code size} one-word lines a side, plain text (every line a paragraph and a heading). */
    WORD_LINES {
        @Override
        SyntheticPairs.Pair generate(int size) {
            StringBuilder arabic = new StringBuilder();
            StringBuilder french = new StringBuilder();
            List<NewsPhrases.Entry> words = NewsPhrases.SUBJECTS;
            for (int k = 0; k < size; k++) {
                NewsPhrases.Entry entry = words.get(k % words.size());
                arabic.append(firstWord(entry.arabic())).append('\n');
                french.append(firstWord(entry.french().substring(entry.french().indexOf(' ') + 1))).append('\n');
            }
            return new SyntheticPairs.Pair(arabic.toString(), french.toString(), size);
        }
    },
    /**
     * {@code size} one-line Arabic sentences, each with its own serial number and code, against a single French sentence,
     * pre-segmented: one paragraph of {@code size} sentences (no blank line between them).
     */
    MANY_TO_ONE {
        @Override
        boolean preSegmented() {
            return true;
        }

        @Override
        SyntheticPairs.Pair generate(int size) {
            SentencePairs phrases = new SentencePairs(new Random(AlignmentBenchmark.SEED));
            StringBuilder arabic = new StringBuilder();
            for (int k = 0; k < size; k++) {
                // a serial code each: the vocabulary grows with the text, as a real one does
                arabic.append(phrases.next().arabic()).append(" رقم ").append(100_000 + k).append(" الملف")
                        .append(k).append(".\n");
            }
            String french = Character.toUpperCase(phrases.next().french().charAt(0))
                    + phrases.next().french().substring(1) + ".\n";
            return new SyntheticPairs.Pair(arabic.toString(), french, size);
        }
    };

    /** Whether the texts are given as pre-segmented (one sentence a line, a blank line between paragraphs). */
    boolean preSegmented() {
        return false;
    }

    /** The pair of this family at the given size (numbers, lines or sentences, as the family counts). */
    abstract SyntheticPairs.Pair generate(int size);

    private static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }
}
