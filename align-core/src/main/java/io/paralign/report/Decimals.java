package io.paralign.report;

import java.util.Locale;

/**
 * Numbers as the reports write them: a fixed number of decimals, rounded half up from the shortest decimal form of
 * the value, with a dot, whatever the default locale ({@code %.3f} of {@link java.util.Formatter}). Formatted for
 * {@link Locale#US}, which the formatter knows to write with ASCII digits and a dot: for any other locale, even
 * {@link Locale#ROOT}, it looks the locale's symbols up for each number, which doubled the cost of a report's
 * scores.
 */
public final class Decimals {
    private static final String[] FORMATS = {"%.0f", "%.1f", "%.2f", "%.3f"};

    private Decimals() {
    }

    /**
     * @param places 0 to 3
     * @return e.g. {@code 0.125} for {@code fixed(0.1249999, 3)}, {@code -0.000} for {@code fixed(-0.0001, 3)}
     */
    public static String fixed(double value, int places) {
        return String.format(Locale.US, FORMATS[places], value);
    }
}
