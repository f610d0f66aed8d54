package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("changes.log");
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

    private void write(ChangeLog.Entry... entries) throws IOException {
        try (ChangeLog log = ChangeLog.open(file())) {
            for (ChangeLog.Entry entry : entries) {
                log.append(entry);
            }
            log.sync();
        }
    }

    @Test
    void entriesAreReadBackWhole() throws Exception {
        write(new ChangeLog.Added(record("a1")), new ChangeLog.Deleted("a0"));
        try (ChangeLog log = ChangeLog.open(file())) {
            assertEquals(List.of("+a1", "-a0"), ids(log.recovered()));
            AlignmentRecord read = assertInstanceOf(ChangeLog.Added.class, log.recovered().get(0)).record();
            AlignmentRecord written = record("a1");
            assertEquals(List.of(written.id(), written.createdAt(), written.sourceLanguage(), written.targetLanguage(),
                    written.flagCount(), written.pairs()), List.of(read.id(), read.createdAt(), read.sourceLanguage(),
                    read.targetLanguage(), read.flagCount(), read.pairs()));
            assertArrayEquals(written.json(), read.json());
        }
    }

    @Test
    void anEntryCutShortEndsTheLogAndIsCutOff() throws Exception {
        write(new ChangeLog.Added(record("a1")));
        long whole = Files.size(file());
        write(new ChangeLog.Added(record("a2")));
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.setLength(raw.length() - 5);
        }
        try (ChangeLog log = ChangeLog.open(file())) {
            assertEquals(List.of("+a1"), ids(log.recovered()));
            assertEquals(whole, Files.size(file()));
            log.append(new ChangeLog.Added(record("a3")));
            log.sync();
        }
        try (ChangeLog log = ChangeLog.open(file())) {
            assertEquals(List.of("+a1", "+a3"), ids(log.recovered()), "appends go after the last whole entry");
        }
    }

    @Test
    void aDamagedEntryEndsTheLog() throws Exception {
        write(new ChangeLog.Added(record("a1")));
        long second = Files.size(file());
        write(new ChangeLog.Added(record("a2")), new ChangeLog.Deleted("a1"));
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.seek(second + 20);
            int b = raw.read();
            raw.seek(second + 20);
            raw.write(b ^ 0x40);
        }
        try (ChangeLog log = ChangeLog.open(file())) {
            assertEquals(List.of("+a1"), ids(log.recovered()));
        }
    }

    @Test
    void clearingEmptiesTheLog() throws Exception {
        try (ChangeLog log = ChangeLog.open(file())) {
            log.append(new ChangeLog.Deleted("a1"));
            log.sync();
            log.clear();
            assertEquals(0, log.size());
            log.append(new ChangeLog.Deleted("a2"));
            log.sync();
        }
        try (ChangeLog log = ChangeLog.open(file())) {
            assertEquals(List.of("-a2"), ids(log.recovered()));
        }
    }
}
