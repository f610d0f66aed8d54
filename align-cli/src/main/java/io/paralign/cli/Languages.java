package io.paralign.cli;

import java.nio.file.Path;

import io.paralign.language.LanguageCheck;
import io.paralign.language.LanguageMismatchException;
import io.paralign.language.LanguageResolution;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.LanguageTags;

/** The language of an input: as given on the command line, or guessed from its text. */
final class Languages {
    private Languages() {
    }

    /**
     * @param given  the tag given with an option, or null or {@code auto} to guess
     * @param option the option that would have given it, named in the error message
     */
    static String resolve(String given, String text, Path file, String option) {
        try {
            return LanguageResolution.resolve(given, text);
        } catch (UnknownLanguageException e) {
            throw new UnknownLanguageException(file + ": " + e.getMessage() + "; give it with " + option);
        }
    }

    /** The tag to hand the pipeline: as given, or {@code auto} (detected there, and said so in the result). */
    static String forPipeline(String given) {
        return given == null ? LanguageCheck.AUTO : given;
    }

    /** A label the text contradicts, with the file and the option that gave it. */
    static IllegalArgumentException mismatch(LanguageMismatchException e, Path file, String option) {
        return new IllegalArgumentException(file + ": " + e.getMessage() + "; give the right tag with " + option
                + ", or auto", e);
    }

    /** Refuses a pair whose two sides are in the same language. */
    static void requireDifferent(String source, String target, Path sourceFile, Path targetFile) {
        if (LanguageTags.primary(source).equals(LanguageTags.primary(target))) {
            throw new IllegalArgumentException("both sides are in the same language '" + source + "': " + sourceFile
                    + " and " + targetFile + " (give --src-lang/--tgt-lang if a guess was wrong)");
        }
    }
}
