package io.paralign.cli.batch;

import java.nio.file.Path;

/**
 * A text read for a batch.
 *
 * @param name     the file name as given (relative to the folder or manifest), used in reports
 * @param file     where it was read from
 * @param text     its text
 * @param language its BCP 47 tag, given or guessed
 */
public record InputDocument(String name, Path file, String text, String language) {
}
