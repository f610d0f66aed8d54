package io.paralign.language;

/**
 * The language of a text as a shell resolves it before aligning: the tag given, or, when none is given (left out,
 * blank or {@code auto}), the language guessed from the text. The CLI and the HTTP service both resolve through
 * here and only add their own context (a file and an option, a form field) to the errors.
 */
public final class LanguageResolution {
    private LanguageResolution() {
    }

    /** True when the language is to be guessed from the text: no tag, a blank one, or {@code auto}. */
    public static boolean toGuess(String given) {
        return given == null || given.isBlank() || LanguageCheck.isAuto(given);
    }

    /**
     * The tag given, or the language guessed from {@code text} when {@link #toGuess}.
     *
     * @throws UnknownLanguageException when the text has to be guessed and cannot be
     */
    public static String resolve(String given, String text) {
        return toGuess(given) ? LanguageGuesser.guess(text) : given;
    }
}
