package io.paralign.spark;

import io.paralign.language.LanguageMismatchException;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.InvalidTextException;
import io.paralign.model.UnsupportedLanguageException;

/** Why a pair has no alignment: the {@code error_code} of its row. Stable codes, never renamed. */
enum ErrorCode {
    /** The row lacks a text, a path or a language. */
    MISSING_FIELD,
    /** A path cannot be read (missing file, no permission, unknown file system). */
    UNREADABLE_FILE,
    /** A text is over {@code --max-bytes} bytes of UTF-8. */
    TOO_LARGE,
    /** A file is not valid UTF-8. */
    INVALID_ENCODING,
    /** A text is empty or has no letters ({@link InvalidTextException}). */
    INVALID_TEXT,
    /** A language tag align-core does not know ({@link UnsupportedLanguageException}). */
    UNSUPPORTED_LANGUAGE,
    /** A side's text clearly is not in the language it is labelled with ({@link LanguageMismatchException}). */
    LANGUAGE_MISMATCH,
    /** {@code auto} and the language cannot be told from the text ({@link UnknownLanguageException}). */
    UNKNOWN_LANGUAGE,
    /** Any other failure of the alignment. */
    ALIGNMENT_FAILED;

    static ErrorCode of(RuntimeException e) {
        if (e instanceof PairFailure failure) {
            return failure.code();
        }
        if (e instanceof InvalidTextException) {
            return INVALID_TEXT;
        }
        if (e instanceof UnsupportedLanguageException) {
            return UNSUPPORTED_LANGUAGE;
        }
        if (e instanceof LanguageMismatchException) {
            return LANGUAGE_MISMATCH;
        }
        if (e instanceof UnknownLanguageException) {
            return UNKNOWN_LANGUAGE;
        }
        return ALIGNMENT_FAILED;
    }
}
