package io.paralign.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

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

    /** Commands as {@link Main} makes them, but {@code batch} aligning its pairs with {@code aligner}. */
    protected static CommandLine.IFactory batchAligningWith(BatchCommand.PairAligner aligner) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == BatchCommand.class ? cls.cast(new BatchCommand(aligner))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
    }
}
