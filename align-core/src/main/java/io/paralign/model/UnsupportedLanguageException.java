package io.paralign.model;

/** A language tag that is not well-formed BCP 47, or that names no known or supported language. */
public class UnsupportedLanguageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String tag;

    public UnsupportedLanguageException(String tag) {
        this(tag, "not a known BCP 47 language tag: '" + tag + "'");
    }

    /** @param message says what is wrong with the tag, and names it */
    public UnsupportedLanguageException(String tag, String message) {
        super(message);
        this.tag = tag;
    }

    /** The tag refused, as given. */
    public String tag() {
        return tag;
    }
}
