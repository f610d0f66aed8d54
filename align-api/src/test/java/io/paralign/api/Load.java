package io.paralign.api;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Large inputs and the server's admission metrics, for the tests of admission, deadlines and cancellation. */
final class Load {
    private Load() {
    }

    /** A JSON alignment request of n one-word lines on each side (French letters, Arabic letters). */
    static String lines(int n) {
        String[] texts = WorstCases.lines(n);
        return Http.alignmentJson("fr", texts[0], "ar", texts[1]);
    }

    /** The value of one sample of /actuator/prometheus, e.g. {@code paralign_alignment_running}; 0 when absent. */
    static double metric(Http http, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$")
                .matcher(http.get("/actuator/prometheus").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static double running(Http http) {
        return metric(http, "paralign_alignment_running");
    }

    static double cancelled(Http http, String reason, String stage) {
        return metric(http, "paralign_alignment_cancelled_total{reason=\"" + reason + "\",stage=\"" + stage + "\"}");
    }

    /** The number of stored alignments. */
    static long stored(Http http) {
        return Http.json(http.get("/api/v1/alignments?size=1")).get("total").asLong();
    }

    /** Waits until the value meets the condition, or fails after the timeout. */
    static void await(String what, Duration timeout, DoubleSupplier value, java.util.function.DoublePredicate ok) {
        long end = System.nanoTime() + timeout.toNanos();
        double last = value.getAsDouble();
        while (!ok.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": still " + last + " after " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.getAsDouble();
        }
    }
}
