package io.paralign.segment;

/**
 * Whether a position lies inside a quotation, by counting quote marks before it.
 *
 * <p>Heuristic: straight quotes open and close alternately; {@code «} opens and {@code »} closes; {@code “} opens
 * and {@code ”} closes, except in texts that close with {@code “} too (seen in Arabic news), where {@code “}
 * alternates.
 */
final class Quotes {
    private Quotes() {
    }

    /**
     * Questions at non-decreasing positions of one text, answered by counting on from the previous position, so
     * that all the questions of a paragraph cost one scan of it.
     */
    static final class Cursor {
        private final String s;
        private int scanned;
        private int straight;
        private int guillemets;
        private int curlyOpen;
        private int curlyClose;

        Cursor(String s) {
            this.s = s;
        }

        /** Whether {@code pos} lies inside a quotation; {@code pos} must not be less than the previous one. */
        boolean isOpenAt(int pos) {
            if (pos < scanned) {
                throw new IllegalArgumentException("position " + pos + " before the previous one, " + scanned);
            }
            for (; scanned < pos; scanned++) {
                switch (s.charAt(scanned)) {
                    case '"' -> straight++;
                    case '«' -> guillemets++;
                    case '»' -> guillemets = Math.max(0, guillemets - 1);
                    case '“' -> curlyOpen++;
                    case '”' -> curlyClose++;
                    default -> { }
                }
            }
            boolean curly = curlyClose == 0 ? curlyOpen % 2 == 1 : curlyOpen > curlyClose;
            return straight % 2 == 1 || guillemets > 0 || curly;
        }
    }
}
