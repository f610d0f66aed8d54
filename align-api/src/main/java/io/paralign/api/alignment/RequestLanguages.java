package io.paralign.api.alignment;

import io.paralign.language.LanguageGuesser;
import io.paralign.language.SupportedLanguages;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.UnsupportedLanguageException;

/**
 * The language tags of a request, given or detected, checked against the languages align-core supports
 * ({@link SupportedLanguages}); every refusal names the request field it is about.
 */
public final class RequestLanguages {
    private RequestLanguages() {
    }

    /**
     * The tag given in {@code field}, when supported.
     *
     * @throws UnsupportedLanguageException naming the field, when not
     */
    public static String require(String field, String tag) {
        try {
            SupportedLanguages.primary(tag);
            return tag;
        } catch (UnsupportedLanguageException e) {
            throw new UnsupportedLanguageException(tag, field + ": " + e.getMessage());
        }
    }

    /**
     * The tag given in {@code langField}, or, when none is given, the language detected in the text of
     * {@code textField}; either must be supported.
     */
    static String resolve(String langField, String given, String textField, String text) {
        if (given != null && !given.isBlank()) {
            return require(langField, given);
        }
        String detected;
        try {
            detected = LanguageGuesser.guess(text);
        } catch (UnknownLanguageException e) {
            throw new UnknownLanguageException(textField + ": " + e.getMessage() + "; give the language in "
                    + langField);
        }
        return require(langField + " (detected from " + textField + ")", detected);
    }

    /** Refuses a pair whose two sides are in the same language (the same primary subtag), as the CLI does. */
    static void requireDifferent(String source, String target, String sourceField, String targetField) {
        if (SupportedLanguages.same(source, target)) {
            throw new SameLanguageException("both sides are in the same language: " + sourceField + " '" + source
                    + "', " + targetField + " '" + target + "'; give " + sourceField + " and " + targetField
                    + " if a detected language was wrong");
        }
    }
}
