package io.paralign.cli.batch;

import java.io.PrintWriter;

/**
 * Progress of a batch: a bar redrawn in place on a terminal, one plain log line per finished pair otherwise (a log
 * file or a CI console). Thread-safe.
 */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private int done;

    public Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** One pair finished; {@code what} says how ("done", "skipped, report exists"). */
    public synchronized void finished(String pair, String what) {
        done++;
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " pairs");
            if (done == total) {
                err.println();
            }
        } else {
            err.println("[" + done + "/" + total + "] " + pair + ": " + what);
        }
        err.flush();
    }
}
