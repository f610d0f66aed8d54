package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;
    private Directory directory;
    private IndexWriter writer;
    private final AtomicInteger indexCommits = new AtomicInteger();
    private ChangeLog log;

    @BeforeEach
    void open() throws IOException {
        directory = FSDirectory.open(dir.resolve("index"));
        writer = new IndexWriter(directory, new IndexWriterConfig());
        writer.commit();
        log = ChangeLog.open(dir);
    }

    @AfterEach
    void close() throws IOException {
        if (writer.isOpen()) {
            writer.close();
        }
        log.close();
        directory.close();
    }

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        return doc;
    }

    private static ChangeLog.Added entry(String id) {
        return new ChangeLog.Added(new AlignmentRecord(id, 1, "fr", "ar", 0,
                "{}".getBytes(StandardCharsets.UTF_8), List.of()));
    }

    /** Adds one document as an alignment {@code id} would be. */
    private static long add(GroupCommit commits, String id) throws IOException {
        return commits.apply(entry(id), w -> w.addDocument(doc(id)));
    }

    /** Adds one document as {@link #add} does, once the latch is down: the committer thread is held until then. */
    private static GroupCommit.IndexChange heldUntil(CountDownLatch latch, String id) {
        return w -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            return w.addDocument(doc(id));
        };
    }

    /** Documents the writer holds, committed or not. */
    private int applied() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        }
    }

    private GroupCommit commits(Duration syncInterval, Duration indexCommitInterval) {
        return new GroupCommit(writer, log, syncInterval, indexCommitInterval, indexCommits::incrementAndGet);
    }

    private int committed() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    /** The ids a fresh reading of the log finds, as after a crash. */
    private List<String> logged() throws IOException {
        return ChangeLog.read(dir).stream().map(e -> ((ChangeLog.Added) e).record().id()).toList();
    }

    /** Waits for a condition that a background index commit makes true. */
    private static void eventually(Check check) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < until, "not within 10 s");
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /**
     * The writer's thread hands the change over and goes on: its future completes on the committer thread, once
     * the change is applied and the log synced.
     */
    @Test
    void submittingDoesNotWaitForTheCommitter() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (GroupCommit commits = commits(Duration.ZERO, NEVER)) {
            CompletableFuture<Long> stored = commits.submit(entry("a1"), heldUntil(held, "a1"));
            Thread.sleep(100);
            assertFalse(stored.isDone(), "stored while the committer was held");
            held.countDown();
            long sequence = stored.get(10, TimeUnit.SECONDS);
            assertTrue(sequence > 0);
            assertEquals(1, applied());
            assertEquals(List.of("a1"), logged());
        }
    }

    /**
     * What waits for the committer is bounded: with room for one entry, a second writer waits until the first
     * entry is durable, then goes through.
     */
    @Test
    void aWriterWaitsWhileTooMuchWaitsForTheCommitter() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (GroupCommit commits = new GroupCommit(writer, log, Duration.ZERO, NEVER, () -> { }, 1)) {
            CompletableFuture<Long> first = commits.submit(entry("a1"), heldUntil(held, "a1"));
            CompletableFuture<CompletableFuture<Long>> second = CompletableFuture.supplyAsync(
                    () -> commits.submit(entry("a2"), w -> w.addDocument(doc("a2"))));
            Thread.sleep(100);
            assertFalse(second.isDone(), "handed over while the first entry filled the room");
            held.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("a1", "a2"), logged());
        }
    }

    @Test
    void appliedChangeIsInTheWriterAndTheLogBeforeTheIndexIsCommitted() throws Exception {
        try (GroupCommit commits = commits(Duration.ZERO, NEVER)) {
            long first = add(commits, "a");
            assertEquals(1, applied());
            assertEquals(0, committed(), "the index commit waits for its interval");
            assertEquals(List.of("a"), logged());
            long second = add(commits, "b");
            assertTrue(second > first, "each change has its own sequence number, growing");
            assertEquals(second, writer.getMaxCompletedSequenceNumber());
            assertEquals(0, indexCommits.get(), "nothing runs after an index commit that did not happen");
        }
    }

    @Test
    void closingCommitsTheIndexAndEmptiesTheLog() throws Exception {
        GroupCommit commits = commits(Duration.ZERO, NEVER);
        add(commits, "a");
        add(commits, "b");
        commits.close();
        assertEquals(2, committed());
        assertEquals(List.of(), logged());
    }

    @Test
    void theIndexIsCommittedInTheBackgroundOnceItsIntervalHasPassed() throws Exception {
        try (GroupCommit commits = commits(Duration.ZERO, Duration.ZERO)) {
            add(commits, "a");
            eventually(() -> committed() == 1);
            eventually(() -> logged().isEmpty());
            eventually(() -> indexCommits.get() >= 1);
            add(commits, "b");
            eventually(() -> committed() == 2);
            eventually(() -> logged().isEmpty());
        }
    }

    @Test
    void concurrentWritersShareGroups() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (GroupCommit commits = commits(Duration.ofMillis(200), NEVER)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = "w" + i;
                writers.add(pool.submit(() -> {
                    start.await();
                    add(commits, id);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : writers) {
                w.get();
            }
            long groups = commits.groups();
            assertTrue(groups >= 1 && groups <= 4, groups + " groups for 16 concurrent writers");
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertEquals(16, reader.numDocs());
                assertEquals(1, reader.leaves().size(), "applied from one thread, flushed as one segment");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aChangeThatCannotBeAppliedFailsAloneAndLeavesNothing() throws Exception {
        try (GroupCommit commits = commits(Duration.ZERO, NEVER)) {
            Document immense = new Document();
            immense.add(new StringField("id", "x".repeat(40_000), Field.Store.NO));
            IOException failure = assertThrows(IOException.class,
                    () -> commits.apply(entry("bad"), w -> w.addDocuments(List.of(doc("kept"), immense))));
            assertTrue(failure.getCause() instanceof IllegalArgumentException, failure.toString());
            add(commits, "next");
            assertEquals(1, applied(), "the failed block is not half-written");
            assertEquals(List.of("next"), logged(), "nor logged");
            assertFalse(commits.isBroken());
        }
    }

    @Test
    void aLogThatCannotBeWrittenBreaksTheStore() throws Exception {
        try (GroupCommit commits = commits(Duration.ZERO, NEVER)) {
            add(commits, "a");
            log.close();
            assertThrows(IOException.class, () -> add(commits, "b"));
            assertTrue(commits.isBroken());
            assertFalse(writer.isOpen(), "uncommitted changes are dropped with the writer");
            assertThrows(IOException.class, () -> add(commits, "c"));
        }
        assertEquals(List.of("a"), logged(), "what was acknowledged is still in the log");
    }

    @Test
    void changesAfterCloseAreRefused() throws Exception {
        GroupCommit commits = commits(Duration.ZERO, NEVER);
        commits.close();
        assertThrows(IOException.class, () -> add(commits, "late"));
    }
}
