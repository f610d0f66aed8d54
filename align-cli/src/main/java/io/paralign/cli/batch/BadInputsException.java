package io.paralign.cli.batch;

import java.util.List;

/**
 * Several inputs of a batch refused at once, before any work: the bad rows of a manifest, or the files of a folder
 * that lead out of it. The message has a first line that counts them, then one line per problem.
 */
public final class BadInputsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<String> problems;

    /**
     * @param source   the manifest or folder the problems are in
     * @param what     what a problem is about, singular ({@code row}, {@code file})
     * @param problems one line each
     */
    public BadInputsException(String source, String what, List<String> problems) {
        super(source + ": " + problems.size() + " bad " + what + (problems.size() == 1 ? "" : "s")
                + ", nothing aligned or written\n" + String.join("\n", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The manifest or folder. */
    public String source() {
        return source;
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
