package io.paralign.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The names that appear in a folder, in the order the file system reports them (inotify on Linux): a file created
 * there or renamed into it. Shows the order of {@link AtomicFiles}' steps without a hook in the code.
 */
final class FolderWatch implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final WatchService service;
    private final List<String> appeared = new ArrayList<>();

    private FolderWatch(WatchService service) {
        this.service = service;
    }

    /** Starts watching {@code folder}, which must exist. */
    static FolderWatch of(Path folder) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE);
        return new FolderWatch(service);
    }

    /**
     * Every name that appeared, in order, once {@code names} have (or after 30 s): events reach the watcher after
     * the change, from another thread.
     */
    List<String> until(Collection<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!appeared.containsAll(names) && System.nanoTime() < deadline) {
            WatchKey key = service.poll(100, TimeUnit.MILLISECONDS);
            if (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        throw new IllegalStateException("events lost: too many at once");
                    }
                    appeared.add(event.context().toString());
                }
                key.reset();
            }
        }
        return List.copyOf(appeared);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
