package io.paralign.cli.batch;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.paralign.batch.PairingProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one task of a batch (pairing the documents, aligning the pairs): done/total, units per second and the
 * time left. On a terminal, a bar redrawn in place (me.tongfei:progressbar); otherwise plain log lines (a log file or
 * a CI console) at a bounded frequency: a line per finished pair up to {@value #EVERY_ITEM} pairs, above that one at
 * most every {@value #INTERVAL_MILLIS} ms, plus failures and the last one; anonymous steps (pairing) at most every
 * {@value #INTERVAL_MILLIS} ms and the last. Thread-safe. Document pairing steps it as a
 * {@link PairingProgress} task.
 */
public final class Progress implements PairingProgress.Task {
    /** Up to this many items, every finished item has its log line. */
    static final int EVERY_ITEM = 1_000;
    static final long INTERVAL_MILLIS = 1_000;

    /** Starts the progress of a task: of a batch's own tasks, and of document pairing's. */
    @FunctionalInterface
    public interface Tasks extends PairingProgress {
        @Override
        Progress start(String task, String unit, int total);
    }

    private final PrintWriter err;
    private final String task;
    private final String unit;
    private final int total;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private int done;

    /** The progress of aligning {@code total} pairs. */
    public Progress(PrintWriter err, int total, boolean terminal) {
        this(err, "aligning", "pairs", total, terminal);
    }

    public Progress(PrintWriter err, String task, String unit, int total, boolean terminal) {
        this.err = err;
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.bar = terminal && total > 0 ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setUnit(" " + unit, 1).showSpeed(new DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build() : null;
    }

    /** Tasks that report to {@code err}, as a bar when it is a terminal. */
    public static Tasks on(PrintWriter err, boolean terminal) {
        return (task, unit, total) -> new Progress(err, task, unit, total, terminal);
    }

    /** One item finished; {@code what} says how ("done", "skipped, report exists", "failed: ..."). */
    public synchronized void finished(String item, String what) {
        long now = advance();
        if (bar == null && (total <= EVERY_ITEM || what.startsWith("failed") || due(now))) {
            line(now, "[" + done + "/" + total + "] " + item + ": " + what + " (" + rates(now) + ")");
        }
    }

    /** One unit of an anonymous task done (a document read or compared). */
    @Override
    public synchronized void step() {
        long now = advance();
        if (bar == null && due(now)) {
            line(now, task + ": [" + done + "/" + total + "] " + unit + " (" + rates(now) + ")");
        }
    }

    private long advance() {
        done++;
        if (bar != null) {
            bar.step();
            if (done >= total) {
                bar.close();
            }
        }
        return System.nanoTime();
    }

    private boolean due(long now) {
        return done >= total || now - lastLine >= INTERVAL_MILLIS * 1_000_000;
    }

    private void line(long now, String line) {
        lastLine = now;
        err.println(line);
        err.flush();
    }

    /** {@code 3.2 pairs/s, ETA 1m05s}. */
    private String rates(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long left = Math.round((total - done) / rate);
        return String.format(Locale.ROOT, "%.1f %s/s, ETA %s", rate, unit, duration(left));
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
