package io.paralign.api;

/**
 * Worst-case inputs for the service, as {@code {french, arabic}} texts: many numbers in one sentence, many one-word
 * lines, many one-line sentences against one. The admission, deadline and body-size tests share them.
 */
public final class WorstCases {
    private WorstCases() {
    }

    public static String[] numbers(int n) {
        StringBuilder s = new StringBuilder("Les chiffres sont");
        StringBuilder t = new StringBuilder("الأرقام هي");
        for (int i = 0; i < n; i++) {
            String number = Integer.toString((i * 7919) % 1_000_000);
            s.append(' ').append(number);
            t.append(' ').append(number);
        }
        return new String[] {s.append('.').toString(), t.append('.').toString()};
    }

    public static String[] lines(int n) {
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(word(i, 'a', 26)).append('\n');
            t.append(word(i, '\u0628', 20)).append('\n');
        }
        return new String[] {s.toString(), t.toString()};
    }

    public static String[] oneToMany(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("Une phrase ").append(word(i, 'a', 26)).append(".\n");
        }
        return new String[] {s.toString(), "جملة واحدة فقط."};
    }

    private static String word(int i, char first, int radix) {
        StringBuilder w = new StringBuilder();
        do {
            w.append((char) (first + i % radix));
            i /= radix;
        } while (i > 0);
        return w.toString();
    }
}
