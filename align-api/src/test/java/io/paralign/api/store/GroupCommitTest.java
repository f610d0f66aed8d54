package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir
    Path dir;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    @BeforeEach
    void open() throws IOException {
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig());
        writer.commit();
        searchers = new SearcherManager(directory, null);
    }

    @AfterEach
    void close() throws IOException {
        searchers.close();
        if (writer.isOpen()) {
            writer.close();
        }
        directory.close();
    }

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        return doc;
    }

    private long generation() throws IOException {
        return SegmentInfos.readLatestCommit(directory).getGeneration();
    }

    @Test
    void awaitedChangeIsInTheLatestCommitAndVisible() throws Exception {
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, 0)) {
            commits.await(writer.addDocument(doc("a")));
            try (DirectoryReader committed = DirectoryReader.open(directory)) {
                assertEquals(1, committed.numDocs());
            }
            var searcher = searchers.acquire();
            try {
                assertEquals(1, searcher.getIndexReader().numDocs());
            } finally {
                searchers.release(searcher);
            }
        }
    }

    @Test
    void concurrentWritersShareCommits() throws Exception {
        long before = generation();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ofMillis(200), 0)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = "w" + i;
                writers.add(pool.submit(() -> {
                    start.await();
                    commits.await(writer.addDocument(doc(id)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : writers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        long commitsMade = generation() - before;
        assertTrue(commitsMade >= 1 && commitsMade <= 3, commitsMade + " commits for 16 concurrent writers");
        try (DirectoryReader committed = DirectoryReader.open(directory)) {
            assertEquals(16, committed.numDocs());
        }
    }

    @Test
    void blocksAddedFromManyThreadsMakeOneSegmentPerCommit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ofMillis(200), 0)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = "b" + i;
                writers.add(pool.submit(() -> {
                    start.await();
                    commits.add(List.of(doc(id + "-1"), doc(id + "-2")));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : writers) {
                w.get();
            }
            var searcher = searchers.acquire();
            try {
                assertEquals(32, searcher.getIndexReader().numDocs());
            } finally {
                searchers.release(searcher);
            }
        } finally {
            pool.shutdown();
        }
        SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
        long commitsMade = latest.getGeneration() - 1;
        assertTrue(latest.size() <= commitsMade, latest.size() + " segments for " + commitsMade + " commits");
    }

    @Test
    void aBlockThatCannotBeAddedFailsAloneAndLeavesNothing() throws Exception {
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, 0)) {
            Document immense = new Document();
            immense.add(new StringField("id", "x".repeat(40_000), Field.Store.NO));
            IOException failure = assertThrows(IOException.class, () -> commits.add(List.of(doc("kept"), immense)));
            assertTrue(failure.getCause() instanceof IllegalArgumentException, failure.toString());
            commits.add(List.of(doc("next")));
            try (DirectoryReader committed = DirectoryReader.open(directory)) {
                assertEquals(1, committed.numDocs(), "the failed block is not half-written");
            }
        }
    }

    @Test
    void addAfterCloseIsRefused() throws Exception {
        GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, 0);
        commits.close();
        assertThrows(IOException.class, () -> commits.add(List.of(doc("late"))));
    }

    @Test
    void alreadyDurableChangeReturnsAtOnce() throws Exception {
        long sequence = writer.addDocument(doc("a"));
        long committed = writer.commit();
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ofHours(1), committed)) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> commits.await(sequence));
        }
    }

    @Test
    void changeThatCommitsNothingIsNotAwaitedForever() throws Exception {
        // IndexWriter.commit() answers -1 when there is nothing to commit, e.g. after deleting a missing term
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, writer.commit())) {
            long sequence = writer.deleteDocuments(new Term("id", "missing"));
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> commits.await(sequence));
        }
    }

    @Test
    void failedCommitIsReportedNotAwaitedForever() throws Exception {
        try (GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, 0)) {
            long sequence = writer.addDocument(doc("a"));
            writer.rollback();
            assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(IOException.class, () -> commits.await(sequence)));
        }
    }

    @Test
    void writerAfterCloseIsRefused() throws Exception {
        GroupCommit commits = new GroupCommit(writer, searchers, Duration.ZERO, 0);
        commits.await(writer.addDocument(doc("a")));
        commits.close();
        long late = writer.addDocument(doc("b"));
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IOException.class, () -> commits.await(late)));
    }
}
