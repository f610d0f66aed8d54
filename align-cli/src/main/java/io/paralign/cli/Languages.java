package io.paralign.cli;

import java.nio.file.Path;
import java.util.Locale;

import io.paralign.language.LanguageGuesser;
import io.paralign.language.UnknownLanguageException;

/** The language of an input: as given on the command line, or guessed from its text. */
final class Languages {
    private Languages() {
    }

    /**
     * @param given  the tag given with an option, or null to guess
     * @param option the option that would have given it, named in the error message
     */
    static String resolve(String given, String text, Path file, String option) {
        if (given != null) {
            return given;
        }
        try {
            return LanguageGuesser.guess(text);
        } catch (UnknownLanguageException e) {
            throw new UnknownLanguageException(file + ": " + e.getMessage() + "; give it with " + option);
        }
    }

    /** Refuses a pair whose two sides are in the same language. */
    static void requireDifferent(String source, String target, Path sourceFile, Path targetFile) {
        if (primary(source).equals(primary(target))) {
            throw new IllegalArgumentException("both sides are in the same language '" + source + "': " + sourceFile
                    + " and " + targetFile + " (give --src-lang/--tgt-lang if a guess was wrong)");
        }
    }

    static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage().toLowerCase(Locale.ROOT);
    }
}
