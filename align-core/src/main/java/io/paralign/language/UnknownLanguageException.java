package io.paralign.language;

/** The language of a text cannot be told: too few letters, or no language's function words stand out. */
public class UnknownLanguageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownLanguageException(String message) {
        super(message);
    }
}
