package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter log = new StringWriter();

    private List<String> lines() {
        return log.toString().lines().toList();
    }

    @Test
    void everyPairHasALineWithDoneTotalRateAndEta() {
        Progress progress = new Progress(new PrintWriter(log), 3, false);
        progress.finished("a--b", "done");
        progress.finished("c--d", "skipped, report exists");
        progress.finished("e--f", "done");
        assertEquals(3, lines().size(), log.toString());
        assertTrue(lines().get(0).matches("\\[1/3] a--b: done \\(\\d+\\.\\d pairs/s, ETA \\d+(s|m\\d\\ds|h\\d\\dm)\\)"),
                lines().get(0));
        assertTrue(lines().get(2).matches("\\[3/3] e--f: done \\(\\d+\\.\\d pairs/s, ETA 0s\\)"), lines().get(2));
    }

    @Test
    void aboveAThousandPairsLinesAreBoundedButFailuresAndTheLastAreKept() {
        int total = 5_000;
        Progress progress = new Progress(new PrintWriter(log), total, false);
        for (int i = 1; i <= total; i++) {
            progress.finished("p" + i, i == 10 ? "failed: IllegalStateException" : "done");
        }
        assertTrue(lines().size() < 20, lines().size() + " lines");
        assertTrue(log.toString().contains("[10/5000] p10: failed: IllegalStateException ("), log.toString());
        assertTrue(lines().get(lines().size() - 1).startsWith("[5000/5000] p5000: done ("), log.toString());
    }

    @Test
    void anonymousStepsLogTheLastStepAndAtMostOneLineASecond() {
        Progress progress = new Progress(new PrintWriter(log), "pairing: reading anchors", "documents", 300, false);
        for (int i = 0; i < 300; i++) {
            progress.step();
        }
        assertTrue(lines().size() <= 2, log.toString());
        assertTrue(lines().get(lines().size() - 1).matches(
                "pairing: reading anchors: \\[300/300] documents \\(\\d+\\.\\d documents/s, ETA 0s\\)"), log.toString());
    }

    @Test
    void durations() {
        assertEquals("0s", Progress.duration(0));
        assertEquals("59s", Progress.duration(59));
        assertEquals("1m05s", Progress.duration(65));
        assertEquals("2h03m", Progress.duration(2 * 3600 + 3 * 60 + 7));
    }

    @Test
    void noPairIsNoLine() {
        new Progress(new PrintWriter(log), 0, false);
        assertEquals("", log.toString());
    }
}
