package io.paralign.model;

/** A language tag that is not well-formed BCP 47, or that names no known language. */
public class UnsupportedLanguageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedLanguageException(String tag) {
        super("not a known BCP 47 language tag: '" + tag + "'");
    }
}
