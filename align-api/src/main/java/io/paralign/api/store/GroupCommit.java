package io.paralign.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;

/**
 * Group commit: one thread commits for all writers, at most once per interval, so concurrent writers share one
 * commit (one round of fsyncs) instead of queueing for their own. Blocks of new documents are handed to that thread
 * ({@link #add}), which adds them itself before committing: Lucene buffers the documents of each indexing thread
 * apart and writes one segment per thread at a commit, so adding from a single thread makes one segment per commit,
 * where adding from every request thread made up to one per concurrent request (and merges to clean up after). Other
 * changes (deletes) are made by the caller, which then {@link #await}s a commit covering their sequence number.
 * After each commit it refreshes the {@link SearcherManager} (which reads commits), so a writer that returns from
 * {@code await} is both durable and visible to new searches.
 */
final class GroupCommit implements Closeable {
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final long intervalNanos;
    private final Thread committer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wanted = lock.newCondition();
    private final Condition committed = lock.newCondition();
    // guarded by lock
    private List<Block> pending = new ArrayList<>();
    private long highestWanted;
    private long durable;
    private long failures;
    private Exception lastFailure;
    private boolean closing;
    private boolean stopped;

    /** Starts the committer; {@code durable} is the sequence number of the commit the writer was opened with. */
    GroupCommit(IndexWriter writer, SearcherManager searchers, Duration interval, long durable) {
        this.writer = writer;
        this.searchers = searchers;
        this.intervalNanos = interval.toNanos();
        this.durable = durable;
        this.highestWanted = durable;
        this.committer = new Thread(this::run, "lucene-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Returns once every change up to {@code sequence} is committed and visible to newly acquired searchers; throws
     * when a commit fails while waiting (the change may or may not be durable, so it must not be reported as stored).
     */
    void await(long sequence) throws IOException {
        lock.lock();
        try {
            long failuresBefore = failures;
            highestWanted = Math.max(highestWanted, sequence);
            wanted.signal();
            while (durable < sequence) {
                if (failures > failuresBefore) {
                    throw new IOException("commit failed; change " + sequence + " is not known to be durable",
                            lastFailure);
                }
                if (stopped) {
                    throw new IOException("the store is closed; change " + sequence + " is not known to be durable");
                }
                committed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for change " + sequence + " to be committed");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds the documents as one block (atomically, as {@link IndexWriter#addDocuments}) and returns once they are
     * committed and visible to newly acquired searchers; throws when they could not be added or committed.
     */
    void add(List<Document> documents) throws IOException {
        Block block = new Block(documents);
        lock.lock();
        try {
            if (closing || stopped) {
                throw new IOException("the store is closed");
            }
            pending.add(block);
            wanted.signal();
            while (!block.done) {
                if (stopped) {
                    throw new IOException("the store is closed; the documents are not known to be durable");
                }
                committed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for documents to be committed");
        } finally {
            lock.unlock();
        }
        if (block.failure != null) {
            throw new IOException("cannot store the documents", block.failure);
        }
    }

    /** Commits what writers are waiting for, then stops the committer. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closing = true;
            wanted.signal();
        } finally {
            lock.unlock();
        }
        try {
            committer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the committer");
        }
    }

    private void run() {
        try {
            long lastStart = System.nanoTime() - intervalNanos;
            while (awaitWork()) {
                // at most one commit per interval: writers that arrive meanwhile join this one
                long wait = lastStart + intervalNanos - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                lastStart = System.nanoTime();
                List<Block> blocks = takePending();
                for (Block block : blocks) {
                    try {
                        writer.addDocuments(block.documents);
                    } catch (IOException | RuntimeException e) {
                        block.failure = e;
                    }
                }
                // the writers waiting now made their changes before this commit starts, so it covers them
                // (commit() itself answers -1 when there was nothing left to commit)
                long covered = wantedNow();
                try {
                    long sequence = writer.commit();
                    searchers.maybeRefreshBlocking();
                    finished(Math.max(covered, sequence), blocks, null);
                } catch (IOException | RuntimeException e) {
                    finished(-1, blocks, e);
                }
            }
        } finally {
            lock.lock();
            try {
                stopped = true;
                committed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private List<Block> takePending() {
        lock.lock();
        try {
            List<Block> taken = pending;
            pending = new ArrayList<>();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    private long wantedNow() {
        lock.lock();
        try {
            return highestWanted;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a writer waits for a change not yet durable or has handed over documents; false once closing with nothing left to commit. */
    private boolean awaitWork() {
        lock.lock();
        try {
            while (highestWanted <= durable && pending.isEmpty() && !closing) {
                wanted.awaitUninterruptibly();
            }
            return highestWanted > durable || !pending.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    private void finished(long sequence, List<Block> blocks, Exception failure) {
        lock.lock();
        try {
            for (Block block : blocks) {
                if (block.failure == null) {
                    block.failure = failure;
                }
                block.done = true;
            }
            if (failure == null) {
                durable = Math.max(durable, sequence);
            } else {
                // every writer waiting now is told; none is left waiting, so no retry until a new writer arrives
                failures++;
                lastFailure = failure;
                highestWanted = durable;
            }
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Documents handed to the committer, and what became of them (guarded by the lock once handed over). */
    private static final class Block {
        private final List<Document> documents;
        private boolean done;
        private Exception failure;

        private Block(List<Document> documents) {
            this.documents = documents;
        }
    }
}
