package io.paralign.segment;

/** Whether a position lies inside a quotation, by counting quote marks before it. */
final class Quotes {
    private Quotes() {
    }

    /**
     * Heuristic: straight quotes open and close alternately; {@code «} opens and {@code »} closes;
     * {@code “} opens and {@code ”} closes, except in texts that close with {@code “} too (seen in
     * Arabic news), where {@code “} alternates.
     */
    static boolean isOpenAt(String s, int pos) {
        int straight = 0;
        int guillemets = 0;
        int curlyOpen = 0;
        int curlyClose = 0;
        for (int i = 0; i < pos; i++) {
            switch (s.charAt(i)) {
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
