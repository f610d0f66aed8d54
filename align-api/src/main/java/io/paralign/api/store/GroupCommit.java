package io.paralign.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;

/**
 * Group commit: one thread applies every change to the index writer and records it in the {@link ChangeLog}, then
 * syncs the log once for all the changes handed over meanwhile (at most once per sync interval); a writer's future
 * completes once its change is durable, and no writer's thread waits for the sync meanwhile. Concurrent writers
 * share one fsync of one file instead of queueing for their own. Searchers are refreshed by their readers
 * ({@link FreshSearchers}), not here.
 *
 * <p>What is handed over and not yet durable is bounded: a writer whose change would take the entries waiting past
 * {@link #MAX_PENDING_BYTES} waits until the committer catches up (unless nothing waits), so a disk that slows
 * down holds back the writers instead of filling the heap.
 *
 * <p>The Lucene index itself is committed at most once per index commit interval, on a thread of its own: the log
 * rolls to a new generation, the commit runs while changes go on, and once it is done the generations it covers are
 * deleted. A Lucene commit for every group made a segment of a dozen files, each created and synced, which cost more
 * than the alignments themselves; and an index commit takes 100-200 ms, for which the writers would otherwise wait.
 * The changes since the last index commit live in the writer's buffer and in near-real-time segments, and survive a
 * crash in the log, which the store applies again on opening.
 *
 * <p>Changes are applied from this one thread: Lucene buffers the documents of each indexing thread apart and
 * writes one segment per thread at a flush, so adding from every request thread made up to one segment per
 * concurrent request. A failure to log, sync, commit or refresh breaks the store: every later change is refused
 * (the writer is rolled back; what was acknowledged is in the log, applied again at the next start).
 * After each background index commit, a given action runs (a refresh: cheap then, the commit having just flushed).
 */
final class GroupCommit implements Closeable {
    private final IndexWriter writer;
    private final Runnable afterIndexCommit;
    private final ChangeLog log;
    private final long syncIntervalNanos;
    private final long indexCommitNanos;
    private final Thread committer;
    private final ExecutorService indexCommits = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lucene-index-commit");
        thread.setDaemon(true);
        return thread;
    });
    /** Most bytes of log entries handed over and not yet durable (a hundred seed-sized alignments, about 70 KB each). */
    static final long MAX_PENDING_BYTES = 8L << 20;

    private final long maxPendingBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wanted = lock.newCondition();
    private final Condition room = lock.newCondition();
    // guarded by lock
    private List<Operation> pending = new ArrayList<>();
    private long pendingBytes;
    private boolean closing;
    private boolean stopped;
    private Exception breakdown;
    // committer thread only
    private Future<?> indexCommit = CompletableFuture.completedFuture(null);
    // guarded by lock
    private long groups;

    /** A change to the index, made by the committer thread; returns the writer's sequence number for it. */
    @FunctionalInterface
    interface IndexChange {
        long applyTo(IndexWriter writer) throws IOException;
    }

    GroupCommit(IndexWriter writer, ChangeLog log, Duration syncInterval, Duration indexCommitInterval,
                Runnable afterIndexCommit) {
        this(writer, log, syncInterval, indexCommitInterval, afterIndexCommit, MAX_PENDING_BYTES);
    }

    GroupCommit(IndexWriter writer, ChangeLog log, Duration syncInterval, Duration indexCommitInterval,
                Runnable afterIndexCommit, long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
        this.writer = writer;
        this.afterIndexCommit = afterIndexCommit;
        this.log = log;
        this.syncIntervalNanos = syncInterval.toNanos();
        this.indexCommitNanos = indexCommitInterval.toNanos();
        this.committer = new Thread(this::run, "lucene-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Hands the change over to the committer thread, which applies it to the index writer and records the entry in
     * the log. The future completes with the change's sequence number once the entry is synced, on the committer
     * thread, so the caller's thread is free meanwhile. It fails with an {@link IOException} when the change could
     * not be applied (then nothing of it is stored: Lucene adds a block of documents atomically) or could not be made
     * durable (then it may or may not survive a restart, and must not be reported as stored). Waits first while
     * the entries waiting would pass {@link #MAX_PENDING_BYTES} with this one.
     */
    CompletableFuture<Long> submit(ChangeLog.Entry entry, IndexChange change) {
        Operation operation;
        try {
            operation = new Operation(ChangeLog.frame(entry), change);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        lock.lock();
        try {
            while (pendingBytes > 0 && pendingBytes + operation.framed.length > maxPendingBytes && !closing
                    && !stopped && breakdown == null) {
                room.await();
            }
            refuseIfStopped();
            pending.add(operation);
            pendingBytes += operation.framed.length;
            wanted.signal();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(
                    new InterruptedIOException("interrupted while waiting for the store to catch up"));
        } finally {
            lock.unlock();
        }
        return operation.stored;
    }

    /** {@link #submit} and wait: returns the change's sequence number once it is durable. */
    long apply(ChangeLog.Entry entry, IndexChange change) throws IOException {
        try {
            return submit(entry, change).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a change to be stored");
        } catch (ExecutionException e) {
            throw (IOException) e.getCause();
        }
    }

    /** Groups synced so far: how many writers shared a sync shows here. */
    long groups() {
        lock.lock();
        try {
            return groups;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a failure stopped the committer: the store then refuses every change until restarted. */
    boolean isBroken() {
        lock.lock();
        try {
            return breakdown != null;
        } finally {
            lock.unlock();
        }
    }

    /** Stores what writers handed over, stops the committer, then commits the index and deletes the log's entries. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closing = true;
            wanted.signal();
            room.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            committer.join();
            indexCommits.shutdown();
            indexCommits.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the committer");
        }
        if (!isBroken()) {
            commitIndex(log.roll());
        }
    }

    private void refuseIfStopped() throws IOException {
        if (breakdown != null) {
            throw new IOException("the store failed and refuses changes until restarted", breakdown);
        }
        if (closing || stopped) {
            throw new IOException("the store is closed");
        }
    }

    private void run() {
        try {
            long lastStart = System.nanoTime() - syncIntervalNanos;
            long lastIndexCommit = System.nanoTime();
            while (awaitWork()) {
                // at most one sync per interval: writers that arrive meanwhile join this group
                long wait = lastStart + syncIntervalNanos - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                lastStart = System.nanoTime();
                List<Operation> group = takePending();
                Exception failure = null;
                try {
                    for (Operation operation : group) {
                        applyAndLog(operation);
                    }
                    log.sync();
                    if (System.nanoTime() - lastIndexCommit >= indexCommitNanos && indexCommit.isDone()) {
                        long covered = log.roll();
                        indexCommit = indexCommits.submit(() -> commitInBackground(covered));
                        lastIndexCommit = System.nanoTime();
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e;
                    breakDown(e);
                }
                finished(group, failure);
            }
        } finally {
            List<Operation> left;
            lock.lock();
            try {
                stopped = true;
                left = pending;
                pending = new ArrayList<>();
                room.signalAll();
            } finally {
                lock.unlock();
            }
            for (Operation operation : left) {
                operation.stored.completeExceptionally(
                        new IOException("the store stopped before storing the change", breakdown));
            }
        }
    }

    /** A change that cannot be applied fails alone; a log that cannot be written breaks the store (thrown). */
    private void applyAndLog(Operation operation) throws IOException {
        try {
            operation.sequenceNumber = operation.change.applyTo(writer);
        } catch (IOException | RuntimeException e) {
            operation.failure = e;
            return;
        }
        log.append(operation.framed);
    }

    /** Commits the index, which then holds every change of the log's generations up to {@code covered}. */
    private void commitIndex(long covered) throws IOException {
        writer.commit();
        log.deleteUpTo(covered);
    }

    private void commitInBackground(long covered) {
        try {
            commitIndex(covered);
            afterIndexCommit.run();
        } catch (IOException | RuntimeException e) {
            breakDown(e);
        }
    }


    /** Drops the writer's uncommitted changes: the acknowledged ones are in the log for the next start. */
    private void breakDown(Exception failure) {
        lock.lock();
        try {
            if (breakdown == null) {
                breakdown = failure;
            }
            wanted.signal();
            room.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private List<Operation> takePending() {
        lock.lock();
        try {
            List<Operation> taken = pending;
            pending = new ArrayList<>();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a writer hands over a change; false once closing with nothing left, or broken. */
    private boolean awaitWork() {
        lock.lock();
        try {
            while (pending.isEmpty() && !closing && breakdown == null) {
                wanted.awaitUninterruptibly();
            }
            return !pending.isEmpty() && breakdown == null;
        } finally {
            lock.unlock();
        }
    }

    /** Completes the group's futures, outside the lock: what the writers chained to them runs here. */
    private void finished(List<Operation> group, Exception failure) {
        lock.lock();
        try {
            groups++;
            for (Operation operation : group) {
                pendingBytes -= operation.framed.length;
            }
            room.signalAll();
        } finally {
            lock.unlock();
        }
        for (Operation operation : group) {
            Exception failed = operation.failure != null ? operation.failure : failure;
            if (failed == null) {
                operation.stored.complete(operation.sequenceNumber);
            } else {
                operation.stored.completeExceptionally(new IOException("cannot store the change", failed));
            }
        }
    }

    /** A change handed to the committer, and what became of it (set by the committer thread only). */
    private static final class Operation {
        private final byte[] framed;
        private final IndexChange change;
        private final CompletableFuture<Long> stored = new CompletableFuture<>();
        private Exception failure;
        private long sequenceNumber;

        private Operation(byte[] framed, IndexChange change) {
            this.framed = framed;
            this.change = change;
        }
    }
}
