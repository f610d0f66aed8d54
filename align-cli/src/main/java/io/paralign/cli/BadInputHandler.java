package io.paralign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import io.paralign.cli.batch.BadInputsException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns bad input into exit code 1 and one line on stderr, {@code align-cli: error: <message>},
 * with no stack trace ({@link BadInputsException}: that line, then one per bad row or file). Bad input is an {@link IllegalArgumentException} (the library's
 * precondition exceptions) or an {@link IOException}. Anything else is a bug and keeps picocli's
 * default: a stack trace.
 */
final class BadInputHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) throws Exception {
        Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
        if (!(cause instanceof IllegalArgumentException || cause instanceof IOException)) {
            throw ex;
        }
        String prefix = cli.getCommandSpec().root().name() + ": error: ";
        cli.getErr().println(prefix + message(cause));
        if (cause instanceof BadInputsException bad) { // one line per bad row or file after the count
            bad.problems().forEach(problem -> cli.getErr().println(prefix + bad.source() + ": " + oneLine(problem)));
        }
        cli.getErr().flush();
        return 1;
    }

    static String message(Throwable e) {
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            return fs.getFile() + ": " + reason(fs);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getClass().getSimpleName() + ")";
    }

    private static String oneLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
