package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentStoreTest {
    /** The service's defaults. */
    static final QueryLimits LIMITS = new QueryLimits(500, 20, 4);

    @TempDir
    Path dir;

    private static AlignmentRecord record(String id, long createdAt) {
        return new AlignmentRecord(id, createdAt, "fr", "ar", 1, json(id), List.of(
                new PairText(0, "Les manifestants ont défilé dans les rues de Paris.",
                        "تظاهر المتظاهرون في شوارع باريس."),
                new PairText(1, "Huawei a annoncé un nouveau téléphone.", "أعلنت هواوي عن هاتف جديد."),
                new PairText(2, "", "نص بلا مقابل.")));
    }

    /** A body with Arabic in it: what is stored is returned byte for byte. */
    private static byte[] json(String id) {
        return ("{\"id\":\"" + id + "\",\"note\":\"هواوي\"}").getBytes(StandardCharsets.UTF_8);
    }

    private AlignmentStore open() {
        return new AlignmentStore(new StoreProperties(dir));
    }

    @Test
    void savedAlignmentIsFoundWithItsExactJson() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            assertArrayEquals(json("a1"), store.find("a1").orElseThrow());
            assertTrue(store.find("nope").isEmpty());
        }
    }

    /** Writes an alignment document the way an earlier version did, its body in the given field. */
    private void writeAsEarlierVersion(String id, StoredField body) throws Exception {
        try (FSDirectory index = FSDirectory.open(dir.resolve("index"));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("kind", "alignment", Field.Store.NO));
            doc.add(new StringField("id", id, Field.Store.YES));
            doc.add(new NumericDocValuesField("order", 1));
            doc.add(body);
            writer.addDocument(doc);
            writer.commit();
        }
    }

    @Test
    void readsBodiesStoredAsTextByEarlierVersions() throws Exception {
        writeAsEarlierVersion("old", new StoredField("json", "{\"id\":\"old\",\"note\":\"هواوي\"}"));
        try (AlignmentStore store = open()) {
            assertArrayEquals(json("old"), store.find("old").orElseThrow());
        }
    }

    @Test
    void readsBodiesInTheDeflatedFormat() throws Exception {
        writeAsEarlierVersion("deflated", new StoredField("body", DeflatedBodies.deflate(json("deflated"))));
        try (AlignmentStore store = open()) {
            assertArrayEquals(json("deflated"), store.find("deflated").orElseThrow());
            store.save(record("new", 2000)).join();
            assertArrayEquals(json("new"), store.find("new").orElseThrow(), "new bodies beside old ones");
        }
    }

    @Test
    void changesLoggedButNeverCommittedAreAppliedOnOpening() throws Exception {
        // as a store killed before its index commit leaves them
        try (ChangeLog log = ChangeLog.open(dir)) {
            log.append(ChangeLog.frame(new ChangeLog.Added(record("kept", 1000))));
            log.append(ChangeLog.frame(new ChangeLog.Added(record("gone", 1000))));
            log.append(ChangeLog.frame(new ChangeLog.Deleted("gone")));
            log.sync();
        }
        try (AlignmentStore store = open()) {
            assertArrayEquals(json("kept"), store.find("kept").orElseThrow());
            assertTrue(store.find("gone").isEmpty());
            assertEquals(1, store.search("Huawei", "fr", 0, 10, LIMITS).total());
        }
        assertTrue(ChangeLog.read(dir).isEmpty(), "applied and committed, they leave the log");
    }

    @Test
    void applyingAgainAnAlignmentTheIndexHoldsDoesNotDuplicateIt() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
        }
        try (ChangeLog log = ChangeLog.open(dir)) {
            log.append(ChangeLog.frame(new ChangeLog.Added(record("a1", 1000))));
            log.sync();
        }
        try (AlignmentStore store = open()) {
            assertEquals(1, store.count());
            assertEquals(1, store.search("Huawei", "fr", 0, 10, LIMITS).total());
        }
    }

    @Test
    void emptyStoreListsNothing() throws Exception {
        try (AlignmentStore store = open()) {
            assertEquals(0, store.list(0, 10).total());
            assertEquals(0, store.search("Paris", "fr", 0, 10, LIMITS).total());
            assertEquals(0, store.search("", null, 0, 10, LIMITS).total());
        }
    }

    @Test
    void listIsNewestFirstAndPaged() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("old", 1000)).join();
            store.save(record("mid", 1000)).join();
            store.save(record("new", 2000)).join();
            Page<AlignmentSummary> first = store.list(0, 2);
            assertEquals(3, first.total());
            assertEquals(List.of("new", "mid"), first.items().stream().map(AlignmentSummary::id).toList());
            assertEquals(List.of("old"), store.list(1, 2).items().stream().map(AlignmentSummary::id).toList());
            assertEquals(3, first.items().get(0).pairCount());
        }
    }

    @Test
    void deleteRemovesAlignmentAndPairs() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            assertTrue(store.delete("a1"));
            assertFalse(store.delete("a1"));
            assertTrue(store.find("a1").isEmpty());
            assertEquals(0, store.search("Huawei", "fr", 0, 10, LIMITS).total());
        }
    }

    @Test
    void searchWithoutLanguageReadsEverySideWithItsOwnAnalyzer() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            // French stemming on the French side ("manifestant" finds "manifestants") ...
            Page<PairHit> french = store.search("manifestant", null, 0, 10, LIMITS);
            assertEquals(1, french.total());
            assertEquals(0, french.items().get(0).pair());
            // ... and Arabic normalisation on the Arabic side ("الهاتف" with its article finds "هاتف")
            Page<PairHit> arabic = store.search("الهاتف", null, 0, 10, LIMITS);
            assertEquals(1, arabic.total());
            assertEquals(1, arabic.items().get(0).pair());
            assertEquals("both", arabic.items().get(0).matchedSide());
            assertEquals(0, store.search("Berlin", null, 0, 10, LIMITS).total());
        }
    }

    @Test
    void frenchSearchFindsInflectedForms() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            Page<PairHit> hits = store.search("manifestant", "fr", 0, 10, LIMITS);
            assertEquals(1, hits.total());
            PairHit hit = hits.items().get(0);
            assertEquals("source", hit.matchedSide());
            assertEquals("تظاهر المتظاهرون في شوارع باريس.", hit.targetText());
            assertEquals(0, hit.pair());
        }
    }

    @Test
    void arabicSearchNormalizesAndStems() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            // "الشوارع" (with the article) finds "شوارع"; "هاتفا" is stemmed like "هاتف"
            assertEquals(1, store.search("الشوارع", "ar", 0, 10, LIMITS).total());
            PairHit hit = store.search("الهاتف", "ar", 0, 10, LIMITS).items().get(0);
            assertEquals("target", hit.matchedSide());
            assertEquals("Huawei a annoncé un nouveau téléphone.", hit.sourceText());
        }
    }

    @Test
    void searchWithoutLanguageLooksAtBothSides() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
            assertEquals(1, store.search("Huawei", null, 0, 10, LIMITS).total());
            assertEquals("both", store.search("Huawei", null, 0, 10, LIMITS).items().get(0).matchedSide());
        }
    }

    @Test
    void reopenedStoreFindsEverythingCommitted() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", 1000)).join();
        }
        try (AlignmentStore store = open()) {
            assertArrayEquals(json("a1"), store.find("a1").orElseThrow());
            assertEquals(1, store.search("Huawei", "fr", 0, 10, LIMITS).total());
        }
    }

    @Test
    void concurrentSavesAreAllVisible() throws Exception {
        try (AlignmentStore store = open()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String id = "c" + i;
                futures.add(pool.submit(() -> {
                    store.save(record(id, System.currentTimeMillis())).join();
                    assertTrue(store.find(id).isPresent());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(100, store.count());
        }
    }

    /** Three concurrent deletions of one id, 15 rounds: exactly one of each round's three answers true. */
    @Test
    void ofConcurrentDeletionsOfOneIdExactlyOneDeletes() throws Exception {
        try (AlignmentStore store = open()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                for (int round = 0; round < 15; round++) {
                    String id = "d" + round;
                    store.save(record(id, 1000)).join();
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> deletions = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        deletions.add(pool.submit(() -> {
                            start.await();
                            return store.delete(id);
                        }));
                    }
                    start.countDown();
                    int deleted = 0;
                    for (Future<Boolean> deletion : deletions) {
                        deleted += deletion.get() ? 1 : 0;
                    }
                    assertEquals(1, deleted, "round " + round);
                    assertTrue(store.find(id).isEmpty());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
