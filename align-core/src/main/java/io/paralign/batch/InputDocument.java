package io.paralign.batch;

import java.nio.file.Path;

/**
 * A document of a set, to pair and align. Its text need not be kept: the shell that reads it says where the text
 * comes from ({@link TextSource}). The CLI's batch, which holds a summary row per finished pair and nothing else,
 * reads each text again from its file whenever a pass needs it.
 *
 * @param name     the file name as given (relative to the folder or manifest), used in reports
 * @param file     where it was read from
 * @param language its BCP 47 tag, given or guessed
 * @param source   where its text comes from
 */
public record InputDocument(String name, Path file, String language, TextSource source) {
    /** A document whose text is kept in memory (tests, and texts that come from nowhere else). */
    public InputDocument(String name, Path file, String text, String language) {
        this(name, file, language, TextSource.kept(text));
    }

    /** Its text, read again from its file if that is where it comes from. */
    public String text() {
        return source.text();
    }
}
