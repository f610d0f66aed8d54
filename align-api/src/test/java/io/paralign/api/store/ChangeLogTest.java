package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {
    @TempDir
    Path dir;

    private Path generation(int n) {
        return dir.resolve("changes-" + n + ".log");
    }

    private static AlignmentRecord record(String id) {
        return new AlignmentRecord(id, 1_700_000_000_000L, "fr", "ar-EG", 3,
                ("{\"id\":\"" + id + "\",\"note\":\"هواوي\"}").getBytes(StandardCharsets.UTF_8),
                List.of(new PairText(0, "Huawei a annoncé un téléphone.", "أعلنت هواوي عن هاتف."),
                        new PairText(1, "", "نص بلا مقابل.")));
    }

    private List<String> ids(List<ChangeLog.Entry> entries) {
        return entries.stream().map(e -> e instanceof ChangeLog.Added a ? "+" + a.record().id()
                : "-" + ((ChangeLog.Deleted) e).id()).toList();
    }

    /** Writes the entries into a new generation, as one run of the store would. */
    private void write(ChangeLog.Entry... entries) throws IOException {
        try (ChangeLog log = ChangeLog.open(dir)) {
            for (ChangeLog.Entry entry : entries) {
                log.append(ChangeLog.frame(entry));
            }
            log.sync();
        }
    }

    @Test
    void entriesAreReadBackWhole() throws Exception {
        write(new ChangeLog.Added(record("a1")), new ChangeLog.Deleted("a0"));
        write(new ChangeLog.Deleted("a1"));
        try (ChangeLog log = ChangeLog.open(dir)) {
            assertEquals(List.of("+a1", "-a0", "-a1"), ids(log.recovered()), "generations in order");
            AlignmentRecord read = assertInstanceOf(ChangeLog.Added.class, log.recovered().get(0)).record();
            AlignmentRecord written = record("a1");
            assertEquals(List.of(written.id(), written.createdAt(), written.sourceLanguage(), written.targetLanguage(),
                    written.flagCount(), written.pairs()), List.of(read.id(), read.createdAt(), read.sourceLanguage(),
                    read.targetLanguage(), read.flagCount(), read.pairs()));
            assertArrayEquals(written.json(), read.json());
        }
    }

    @Test
    void anEntryCutShortEndsItsGenerationAndTheNextGoesOn() throws Exception {
        write(new ChangeLog.Added(record("a1")), new ChangeLog.Added(record("a2")));
        try (RandomAccessFile raw = new RandomAccessFile(generation(1).toFile(), "rw")) {
            raw.setLength(raw.length() - 5);
        }
        try (ChangeLog log = ChangeLog.open(dir)) {
            assertEquals(List.of("+a1"), ids(log.recovered()));
            log.append(ChangeLog.frame(new ChangeLog.Added(record("a3"))));
            log.sync();
        }
        assertEquals(List.of("+a1", "+a3"), ids(ChangeLog.read(dir)), "new entries go to a new generation");
    }

    @Test
    void aDamagedEntryEndsItsGeneration() throws Exception {
        write(new ChangeLog.Added(record("a1")));
        write(new ChangeLog.Added(record("a2")), new ChangeLog.Deleted("a1"));
        write(new ChangeLog.Deleted("a3"));
        try (RandomAccessFile raw = new RandomAccessFile(generation(2).toFile(), "rw")) {
            raw.seek(20);
            int b = raw.read();
            raw.seek(20);
            raw.write(b ^ 0x40);
        }
        assertEquals(List.of("+a1", "-a3"), ids(ChangeLog.read(dir)));
    }

    @Test
    void generationsAnIndexCommitCoversAreDeleted() throws Exception {
        try (ChangeLog log = ChangeLog.open(dir)) {
            log.append(ChangeLog.frame(new ChangeLog.Deleted("a1")));
            long covered = log.roll();
            log.append(ChangeLog.frame(new ChangeLog.Deleted("a2")));
            log.sync();
            log.deleteUpTo(covered);
        }
        assertEquals(List.of("-a2"), ids(ChangeLog.read(dir)));
        try (ChangeLog log = ChangeLog.open(dir)) {
            assertEquals(List.of("-a2"), ids(log.recovered()));
            log.deleteRecovered();
        }
        assertEquals(List.of(), ids(ChangeLog.read(dir)));
    }
}
