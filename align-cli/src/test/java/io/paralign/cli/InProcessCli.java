package io.paralign.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Base of the end-to-end tests that run the real {@link Main} in-process: each run's output and errors, captured. */
abstract class InProcessCli {
    /** What the last run printed on standard output. */
    protected final StringWriter out = new StringWriter();
    /** What the last run printed on standard error. */
    protected final StringWriter err = new StringWriter();

    /** Runs {@code align-cli} with these arguments and returns its exit code; earlier runs' output is cleared. */
    protected int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }
}
