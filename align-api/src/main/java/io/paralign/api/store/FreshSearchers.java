package io.paralign.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Near-real-time searchers that show every acknowledged change, refreshed when read rather than when written.
 *
 * <p>A refresh flushes what the writer buffered into a new segment. Refreshing after every group of writes made a
 * segment of a few alignments each time, and merging those small segments again and again cost as much as the
 * refreshes. Here writers only report the sequence number of their change once it is acknowledged; a reader
 * refreshes first when some acknowledged change is not yet visible, so a read still sees every write that returned
 * before it started, and a stream of writes with no reads in between is flushed at the index commits (and the
 * refresh after each) instead of once per group: a segment a second instead of dozens. This is the contract of
 * Lucene's {@code ControlledRealTimeReopenThread#waitForGeneration} and of Elasticsearch's realtime reads, without
 * a reopen thread: the reader that needs the refresh makes it.
 */
final class FreshSearchers implements Closeable {
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong acknowledged = new AtomicLong();
    private final Object refreshing = new Object();
    /** Every change with a sequence number up to this one is visible to newly acquired searchers. */
    private volatile long visible;

    FreshSearchers(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.visible = writer.getMaxCompletedSequenceNumber();
        this.searchers = new SearcherManager(writer, null);
    }

    /** Records that the change with this sequence number was acknowledged: reads from now on must see it. */
    void acknowledged(long sequenceNumber) {
        acknowledged.accumulateAndGet(sequenceNumber, Math::max);
    }

    /** A searcher showing every change acknowledged so far; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        long wanted = acknowledged.get();
        if (visible < wanted) {
            refreshTo(wanted);
        }
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * Shows whatever the writer holds now, e.g. just after an index commit, when little is left to flush; keeps later
     * reads from paying for a refresh and lets the files of merged-away segments go.
     */
    void refresh() {
        try {
            refreshTo(writer.getMaxCompletedSequenceNumber());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the searchers", e);
        }
    }

    /** One refresh at a time: readers that wait for it find their changes visible after it and refresh no more. */
    private void refreshTo(long wanted) throws IOException {
        synchronized (refreshing) {
            if (visible >= wanted) {
                return;
            }
            // every change completed before the refresh starts is in the reader it opens
            long start = writer.getMaxCompletedSequenceNumber();
            searchers.maybeRefreshBlocking();
            visible = Math.max(visible, start);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
