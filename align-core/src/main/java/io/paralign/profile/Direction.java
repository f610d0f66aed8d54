package io.paralign.profile;

/** The direction a language's script runs in, as HTML's {@code dir} attribute takes it. */
public enum Direction {
    LEFT_TO_RIGHT("ltr"),
    RIGHT_TO_LEFT("rtl");

    private final String html;

    Direction(String html) {
        this.html = html;
    }

    /** The value of HTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String html() {
        return html;
    }
}
