package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows stored from several threads in any order come back whole, in the pairs' order, and the file goes on close. */
class SummaryRowsTest {
    @TempDir
    Path dir;

    private static PairOutcome row(int i) {
        if (i % 5 == 3) {
            return new FailedPair("f" + i + ".ar.txt", "f" + i + ".fr.txt", "f" + i, "ar", "fr", 1.0,
                    "IllegalArgumentException: row " + i, "manifest");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("MISSING_IN_TARGET", i);
        counts.put("NUMBER_MISMATCH", 0);
        List<PairRow.Flag> worst = i % 2 == 0 ? List.of()
                : List.of(new PairRow.Flag("MISSING_IN_TARGET", "source", "نص " + "é".repeat(i), "b" + i),
                        new PairRow.Flag("NUMBER_MISMATCH", "target", "1,5 %", null));
        return new PairRow("p" + i + ".ar.txt", "p" + i + ".fr.txt", "p" + i, 0.5 + i / 1000.0,
                new PairRow.SideRow("ar", i, 2 * i, 1.0, 0.987654321), new PairRow.SideRow("fr", i + 1, 3, 0.25,
                1.0 / 3), counts, worst, "name");
    }

    @Test
    void rowsPutInAnyOrderFromThreadsComeBackInTheirPairsOrder() throws Exception {
        int count = 500;
        Path file = Files.createFile(dir.resolve("rows"));
        List<PairOutcome> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(row(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SummaryRows rows = SummaryRows.open(file, count)) {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = count - 1; i >= 0; i--) {
                int position = i;
                puts.add(pool.submit(() -> {
                    rows.put(position, expected.get(position));
                    return null;
                }));
            }
            for (Future<?> put : puts) {
                put.get();
            }
            List<PairOutcome> read = new ArrayList<>();
            rows.forEach(read::add);
            assertEquals(expected, read);
            List<PairOutcome> again = new ArrayList<>();
            rows.forEach(again::add);
            assertEquals(expected, again, "read as often as asked");
            assertEquals(100, rows.failed());
            assertEquals(count, rows.size());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(Files.exists(file), "closing deletes the file");
    }

    @Test
    void aRowStoredTwiceOrMissingIsAnError() throws IOException {
        try (SummaryRows rows = SummaryRows.open(Files.createFile(dir.resolve("rows")), 2)) {
            rows.put(1, row(1));
            assertThrows(IllegalStateException.class, () -> rows.put(1, row(1)));
            assertThrows(IllegalStateException.class, () -> rows.iterator().next());
        }
    }

    @Test
    void aRowKeepsTextsLongerThanDataOutputsOwnStrings() throws IOException {
        String reason = "x".repeat(70_000);
        FailedPair failed = new FailedPair("a.txt", "b.txt", "a--b", "ar", "fr", 1.0, reason, "manifest");
        try (SummaryRows rows = SummaryRows.open(Files.createFile(dir.resolve("rows")), 1)) {
            rows.put(0, failed);
            assertEquals(failed, rows.iterator().next());
        }
    }
}
