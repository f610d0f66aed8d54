package io.paralign.api.alignment;

import io.paralign.language.LanguageCheck;
import io.paralign.language.LanguageResolution;
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

    /** The names of a request's language and text fields, for messages. */
    public record Fields(String sourceLang, String sourceText, String targetLang, String targetText) {
        public static final Fields JSON = new Fields("source.lang", "source.text", "target.lang", "target.text");
        public static final Fields MULTIPART = new Fields("sourceLang", "source", "targetLang", "target");
    }

    /** The two languages of a request, given or detected, both supported and different. */
    record Pair(String source, String target) {
    }

    /**
     * Checks the tags given, before any work: each supported, and not both the same language. A tag left out is not
     * checked here ({@link #resolve(Fields, String, String, String, String)} detects it).
     */
    static void checkGiven(Fields fields, String sourceLang, String targetLang) {
        boolean source = !detected(sourceLang);
        boolean target = !detected(targetLang);
        if (source) {
            require(fields.sourceLang(), sourceLang);
        }
        if (target) {
            require(fields.targetLang(), targetLang);
        }
        if (source && target) {
            requireDifferent(sourceLang, targetLang, fields.sourceLang(), fields.targetLang());
        }
    }

    /** Both languages, given or detected from the texts, supported and different. */
    static Pair resolve(Fields fields, String sourceLang, String sourceText, String targetLang, String targetText) {
        String source = resolve(fields.sourceLang(), sourceLang, fields.sourceText(), sourceText);
        String target = resolve(fields.targetLang(), targetLang, fields.targetText(), targetText);
        requireDifferent(source, target, fields.sourceLang(), fields.targetLang());
        return new Pair(source, target);
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
     * The tag given in {@code langField}, or, when none is given (or {@code auto}), the language detected in the text
     * of {@code textField}; either must be supported.
     */
    static String resolve(String langField, String given, String textField, String text) {
        if (!detected(given)) {
            return require(langField, given);
        }
        String detected;
        try {
            detected = LanguageResolution.resolve(given, text);
        } catch (UnknownLanguageException e) {
            throw new UnknownLanguageException(textField + ": " + e.getMessage() + "; give the language in "
                    + langField);
        }
        return require(langField + " (detected from " + textField + ")", detected);
    }

    /** True when the language is to be detected: left out, blank, or {@code auto}. */
    static boolean detected(String given) {
        return LanguageResolution.toGuess(given);
    }

    /** The tag to hand the pipeline: as given, or {@code auto}, so that the result says what was detected. */
    static String forPipeline(String given, String resolved) {
        return detected(given) ? LanguageCheck.AUTO : resolved;
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
