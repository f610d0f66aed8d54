package io.paralign.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;

/**
 * Group commit: writers add their documents to the {@link IndexWriter}, then {@link #await} a commit that covers the
 * sequence number Lucene gave their change. One thread commits for all of them, at most once per interval, so
 * concurrent writers share one commit (one round of fsyncs, one new segment) instead of queueing for their own.
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
                // the writers waiting now made their changes before this commit starts, so it covers them
                // (commit() itself answers -1 when there was nothing left to commit)
                long covered = wantedNow();
                try {
                    long sequence = writer.commit();
                    searchers.maybeRefreshBlocking();
                    finished(Math.max(covered, sequence), null);
                } catch (IOException | RuntimeException e) {
                    finished(-1, e);
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

    private long wantedNow() {
        lock.lock();
        try {
            return highestWanted;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a writer waits for a change not yet durable; false once closing with nothing left to commit. */
    private boolean awaitWork() {
        lock.lock();
        try {
            while (highestWanted <= durable && !closing) {
                wanted.awaitUninterruptibly();
            }
            return highestWanted > durable;
        } finally {
            lock.unlock();
        }
    }

    private void finished(long sequence, Exception failure) {
        lock.lock();
        try {
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
}
