package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FreshSearchersTest {
    private Directory directory;
    private IndexWriter writer;
    private FreshSearchers searchers;

    @BeforeEach
    void open() throws IOException {
        directory = new ByteBuffersDirectory();
        writer = new IndexWriter(directory, new IndexWriterConfig());
        writer.addDocument(doc("before"));
        searchers = new FreshSearchers(writer);
    }

    @AfterEach
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        return doc;
    }

    /** The reader of a searcher acquired now (compared by identity only: it may be closed once released). */
    private IndexReader reader() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Documents a searcher acquired now shows. */
    private int visible() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Test
    void showsWhatTheWriterHeldWhenOpened() throws IOException {
        assertEquals(1, visible());
    }

    @Test
    void anAcknowledgedChangeIsVisibleToTheNextRead() throws IOException {
        searchers.acknowledged(writer.addDocument(doc("a")));
        assertEquals(2, visible());
        searchers.acknowledged(writer.deleteDocuments(new Term("id", "a")));
        assertEquals(1, visible());
    }

    @Test
    void writesAloneDoNotRefreshAndReadsWithNothingNewReuseTheSearcher() throws IOException {
        IndexReader first = reader();
        writer.addDocument(doc("not yet acknowledged"));
        assertSame(first, reader(), "no acknowledged change since: no refresh, no flush");
        searchers.acknowledged(writer.addDocument(doc("b")));
        assertEquals(3, visible());
        IndexReader second = reader();
        assertSame(second, reader());
    }

    @Test
    void refreshShowsEverythingTheWriterHolds() throws IOException {
        writer.addDocument(doc("c"));
        searchers.refresh();
        assertEquals(2, visible());
    }

    @Test
    void concurrentReadersAfterConcurrentWritesSeeEveryWrite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "w" + i;
                reads.add(pool.submit(() -> {
                    start.await();
                    searchers.acknowledged(writer.addDocument(doc(id)));
                    IndexSearcher searcher = searchers.acquire();
                    try {
                        return searcher.count(new TermQuery(new Term("id", id)));
                    } finally {
                        searchers.release(searcher);
                    }
                }));
            }
            start.countDown();
            for (Future<Integer> read : reads) {
                assertEquals(1, read.get(), "each writer reads its own write");
            }
        } finally {
            pool.shutdown();
        }
    }
}
