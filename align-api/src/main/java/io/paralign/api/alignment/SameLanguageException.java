package io.paralign.api.alignment;

/** Both sides of a pair are in the same language: there is nothing to align across. */
public class SameLanguageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SameLanguageException(String message) {
        super(message);
    }
}
