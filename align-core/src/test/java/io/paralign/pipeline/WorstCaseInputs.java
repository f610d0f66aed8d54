package io.paralign.pipeline;

/** Small versions of the input shapes the HTTP service was probed with (align-bench's {@code WorstCases}). */
final class WorstCaseInputs {
    private static final String[] ARABIC_WORDS = {"الوزير", "الرئيس", "البرلمان", "الحكومة", "البنك", "المجلس"};
    private static final String[] FRENCH_WORDS = {"ministre", "président", "parlement", "gouvernement", "banque",
        "conseil"};

    private WorstCaseInputs() {
    }

    /** One sentence holding {@code count} numbers, in Arabic or French. */
    static String numbers(int count, boolean arabic) {
        StringBuilder text = new StringBuilder(arabic ? "أعلن الوزير الأرقام التالية" : "Le ministre a annoncé");
        for (int k = 0; k < count; k++) {
            text.append(' ').append(1 + 7 * k);
        }
        return text.append(".\n").toString();
    }

    /** {@code count} one-word lines. */
    static String wordLines(int count, boolean arabic) {
        String[] words = arabic ? ARABIC_WORDS : FRENCH_WORDS;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            text.append(words[k % words.length]).append('\n');
        }
        return text.toString();
    }

    /** {@code count} one-line Arabic sentences, each a little different. */
    static String arabicSentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            text.append(ARABIC_WORDS[k % ARABIC_WORDS.length]).append(" أعلن خطة جديدة للتنمية في عام ")
                    .append(1990 + k % 30).append(".\n");
        }
        return text.toString();
    }

    /** One French sentence. */
    static String frenchSentence() {
        return "Le ministre a annoncé un plan de développement économique dans la capitale en 2020.\n";
    }
}
