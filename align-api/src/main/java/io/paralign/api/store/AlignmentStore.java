package io.paralign.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Alignments in an embedded Lucene index. One {@link IndexWriter} for all writes, near-real-time searchers for reads
 * ({@link FreshSearchers}: every read sees every write that returned before it); safe under concurrent requests. An
 * alignment and its pairs are added as one block (atomically), and every write is durable (in the
 * {@link ChangeLog}, synced) before the method returns, so what a caller was told is stored survives a crash:
 * opening the store applies again the changes the log holds beyond the last index commit. Concurrent writers share
 * syncs ({@link GroupCommit}).
 */
public final class AlignmentStore implements Closeable {
    private static final String KIND = "kind";
    private static final String ALIGNMENT = "alignment";
    private static final String PAIR = "pair";
    private static final String ID = "id";
    private static final String ORDER = "order";
    private static final String CREATED = "created";
    private static final String SOURCE_LANGUAGE = "sourceLanguage";
    private static final String TARGET_LANGUAGE = "targetLanguage";
    private static final String PAIRS = "pairs";
    private static final String FLAGS = "flags";
    /** A body in the store's text format, only read. */
    private static final String JSON = "json";
    /** A body in the store's deflated format ({@link Deflated}), only read. */
    private static final String DEFLATED = "body";
    /**
     * The body as the store writes it, UTF-8 bytes as they are, compressed by Lucene's stored fields (LZ4): with
     * segments flushed a second at a time, merges copy whole compressed chunks, and deflating every body on the
     * request thread would cost more CPU than it saves.
     */
    private static final String UTF8 = "utf8";
    private static final String INDEX = "index";
    private static final String SOURCE_TEXT = "sourceText";
    private static final String TARGET_TEXT = "targetText";

    /**
     * Analysed, not stored, without norms: pair sides are all sentence-sized, so length normalisation adds little to
     * ranking, while norms of fields that only pair documents have (sparse norms) made writing postings the costliest
     * part of flushes and merges.
     */
    private static final FieldType SEARCHABLE_TEXT = searchableText();

    /** Near-real-time segments smaller than this stay in memory until merged or committed (megabytes). */
    private static final double CACHED_SEGMENT_MB = 8;
    /** Memory those segments may take at most (megabytes). */
    private static final double CACHE_MB = 64;

    private final Directory directory;
    private final Analyzer analyzer = Analyzers.perField();
    private final IndexWriter writer;
    private final FreshSearchers searchers;
    private final GroupCommit commits;
    private final ChangeLog log;
    /** Locks of deletions, by hash of the id: deletions of one id take turns, others rarely wait. */
    private final Object[] deletions = new Object[64];
    private long lastOrder;

    public AlignmentStore(StoreProperties properties) {
        Arrays.setAll(deletions, i -> new Object());
        Directory opened = null;
        IndexWriter openedWriter = null;
        ChangeLog openedLog = null;
        try {
            Files.createDirectories(properties.dataDir());
            // segments flushed for near-real-time readers stay in memory: no files to create and sync per refresh
            opened = new NRTCachingDirectory(FSDirectory.open(properties.dataDir().resolve("index")),
                    CACHED_SEGMENT_MB, CACHE_MB);
            openedWriter = new IndexWriter(opened, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            openedLog = ChangeLog.open(properties.dataDir());
            replay(openedWriter, openedLog.recovered());
            openedWriter.commit();
            openedLog.deleteRecovered();
            this.searchers = new FreshSearchers(openedWriter);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(openedLog, openedWriter, opened);
            throw new UncheckedIOException("cannot open the store in " + properties.dataDir().toAbsolutePath(), e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(openedLog, openedWriter, opened);
            throw e;
        }
        this.directory = opened;
        this.writer = openedWriter;
        this.log = openedLog;
        this.commits = new GroupCommit(writer, log, properties.commitInterval(), properties.indexCommitInterval(),
                searchers::refresh);
    }

    /**
     * Stores an alignment and its pairs. The future completes once they are durable and visible to readers, on the
     * store's committer thread (no thread waits for the sync meanwhile), or fails with an
     * {@link UncheckedIOException}.
     */
    public CompletableFuture<Void> save(AlignmentRecord record) {
        List<Document> block = documents(record);
        return commits.submit(new ChangeLog.Added(record), w -> w.addDocuments(block)).handle((sequence, failure) -> {
            if (failure != null) {   // the committer's own future: its failure comes unwrapped
                throw new UncheckedIOException("cannot store alignment " + record.id(),
                        failure instanceof IOException io ? io : new IOException(failure));
            }
            searchers.acknowledged(sequence);
            return null;
        });
    }

    /** The stored JSON of an alignment, in UTF-8. */
    public Optional<byte[]> find(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(alignmentQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(json(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * Deletes an alignment and its pairs; false when there was none. Of concurrent deletions of one id, exactly one
     * returns true: each looks the id up and deletes it while holding the id's lock, and the lookup of the next one
     * sees the deletion acknowledged before.
     */
    public boolean delete(String id) {
        synchronized (deletions[Math.floorMod(id.hashCode(), deletions.length)]) {
            if (find(id).isEmpty()) {
                return false;
            }
            try {
                searchers.acknowledged(commits.apply(new ChangeLog.Deleted(id),
                        w -> w.deleteDocuments(new Term(ID, id))));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete alignment " + id, e);
            }
        }
    }

    /** Alignments, newest first. */
    public Page<AlignmentSummary> list(int page, int size) {
        return withSearcher(searcher -> {
            Query all = new TermQuery(new Term(KIND, ALIGNMENT));
            int total = searcher.count(all);
            TopDocs top = searcher.search(all, window(page, size),
                    new Sort(new SortField(ORDER, SortField.Type.LONG, true)));
            List<AlignmentSummary> items = new ArrayList<>();
            for (ScoreDoc hit : slice(top.scoreDocs, page, size)) {
                Document doc = searcher.storedFields().document(hit.doc);
                items.add(new AlignmentSummary(doc.get(ID),
                        Instant.ofEpochMilli(doc.getField(CREATED).numericValue().longValue()).toString(),
                        doc.get(SOURCE_LANGUAGE), doc.get(TARGET_LANGUAGE),
                        doc.getField(PAIRS).numericValue().intValue(), doc.getField(FLAGS).numericValue().intValue()));
            }
            return new Page<>(page, size, total, items);
        });
    }

    /**
     * Aligned pairs whose side in {@code language} matches {@code query} (simple query syntax: words, "phrases",
     * +, -, |, *, parentheses); with no language, pairs where either side matches, in any language field. A query
     * past the limits, or one that would expand beyond Lucene's clause limit or automaton budget, is refused with
     * {@link QueryTooComplexException}.
     */
    public Page<PairHit> search(String query, String language, int page, int size, QueryLimits limits) {
        limits.check(query);
        String base = language == null || language.isBlank() ? null : Analyzers.language(language);
        return withSearcher(searcher -> {
            Map<String, Float> fields = TextQuery.fields(searcher, base);
            try {
                return searchPairs(searcher, TextQuery.parse(analyzer, fields, query), page, size, base);
            } catch (IndexSearcher.TooManyClauses e) {
                throw TextQuery.tooManyClauses(fields.size());
            } catch (TooComplexToDeterminizeException e) {
                throw new QueryTooComplexException("a prefix or phrase of the query is too complex to search; "
                        + "use shorter words");
            }
        });
    }

    private Page<PairHit> searchPairs(IndexSearcher searcher, Query text, int page, int size, String base)
            throws IOException {
        if (text == null) {
            return new Page<>(page, size, 0, List.of());
        }
        Query pairs = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, PAIR)), Occur.FILTER)
                .add(text, Occur.MUST).build();
        int total = searcher.count(pairs);
        TopDocs top = searcher.search(pairs, window(page, size));
        List<PairHit> items = new ArrayList<>();
        for (ScoreDoc hit : slice(top.scoreDocs, page, size)) {
            Document doc = searcher.storedFields().document(hit.doc);
            String source = doc.get(SOURCE_LANGUAGE);
            String target = doc.get(TARGET_LANGUAGE);
            items.add(new PairHit(doc.get(ID), doc.getField(INDEX).numericValue().intValue(), source,
                    doc.get(SOURCE_TEXT), target, doc.get(TARGET_TEXT), matchedSide(base, source, target),
                    hit.score));
        }
        return new Page<>(page, size, total, items);
    }

    /** Number of stored alignments. */
    public int count() {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(KIND, ALIGNMENT))));
    }

    /** True while the writer is open and changes are accepted. */
    public boolean isOpen() {
        return writer.isOpen() && !commits.isBroken();
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(commits, searchers, writer, log, directory);
    }

    /**
     * Applies again the changes a log kept beyond the last index commit: an alignment replaces any block with its id
     * (the index may hold it already), a deletion deletes.
     */
    private void replay(IndexWriter into, List<ChangeLog.Entry> entries) throws IOException {
        for (ChangeLog.Entry entry : entries) {
            if (entry instanceof ChangeLog.Added added) {
                into.updateDocuments(new Term(ID, added.record().id()), documents(added.record()));
            } else if (entry instanceof ChangeLog.Deleted deleted) {
                into.deleteDocuments(new Term(ID, deleted.id()));
            }
        }
    }

    /** An alignment's block: its pairs, then the alignment itself. */
    private List<Document> documents(AlignmentRecord record) {
        List<Document> block = new ArrayList<>(record.pairs().size() + 1);
        for (PairText pair : record.pairs()) {
            block.add(pairDocument(record, pair));
        }
        block.add(alignmentDocument(record));
        return block;
    }

    private synchronized long nextOrder(long createdAt) {
        lastOrder = Math.max(lastOrder + 1, createdAt * 1000);
        return lastOrder;
    }

    private Document alignmentDocument(AlignmentRecord record) {
        Document doc = new Document();
        doc.add(new StringField(KIND, ALIGNMENT, Field.Store.NO));
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ORDER, nextOrder(record.createdAt())));
        doc.add(new StoredField(CREATED, record.createdAt()));
        doc.add(new StoredField(SOURCE_LANGUAGE, record.sourceLanguage()));
        doc.add(new StoredField(TARGET_LANGUAGE, record.targetLanguage()));
        doc.add(new StoredField(PAIRS, record.pairs().size()));
        doc.add(new StoredField(FLAGS, record.flagCount()));
        doc.add(new StoredField(UTF8, record.json()));
        return doc;
    }

    private static Document pairDocument(AlignmentRecord record, PairText pair) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PAIR, Field.Store.NO));
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new StoredField(INDEX, pair.index()));
        doc.add(new StoredField(SOURCE_LANGUAGE, record.sourceLanguage()));
        doc.add(new StoredField(TARGET_LANGUAGE, record.targetLanguage()));
        doc.add(new StoredField(SOURCE_TEXT, pair.sourceText()));
        doc.add(new StoredField(TARGET_TEXT, pair.targetText()));
        doc.add(new Field(Analyzers.field("source", Analyzers.language(record.sourceLanguage())),
                pair.sourceText(), SEARCHABLE_TEXT));
        doc.add(new Field(Analyzers.field("target", Analyzers.language(record.targetLanguage())),
                pair.targetText(), SEARCHABLE_TEXT));
        return doc;
    }

    private static FieldType searchableText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The stored body in UTF-8, whichever way the version that stored it did. */
    private static byte[] json(Document doc) throws IOException {
        BytesRef utf8 = doc.getBinaryValue(UTF8);
        if (utf8 != null) {
            return BytesRef.deepCopyOf(utf8).bytes;
        }
        BytesRef deflated = doc.getBinaryValue(DEFLATED);
        if (deflated != null) {
            return Deflated.inflate(deflated.bytes, deflated.offset, deflated.length);
        }
        return doc.get(JSON).getBytes(StandardCharsets.UTF_8);
    }

    private static Query alignmentQuery(String id) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, ALIGNMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), Occur.FILTER).build();
    }

    private static String matchedSide(String base, String source, String target) {
        if (base == null) {
            return "both";
        }
        boolean s = Analyzers.language(source).equals(base);
        boolean t = Analyzers.language(target).equals(base);
        return s == t ? "both" : s ? "source" : "target";
    }

    /** Hits to collect for a page: those of the pages before it too (Lucene caps it at the number of documents). */
    private static int window(int page, int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (page + 1L) * size));
    }

    private static List<ScoreDoc> slice(ScoreDoc[] hits, int page, int size) {
        int from = (int) Math.min(hits.length, (long) page * size);
        return List.of(hits).subList(from, Math.min(hits.length, from + size));
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return call.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
