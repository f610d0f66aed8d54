package io.paralign.api.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store lives and how often it commits.
 *
 * @param dataDir             directory of the index and the change log, created when missing
 *                            ({@code paralign.store.data-dir}, default {@code ./data})
 * @param commitInterval      shortest time between two group commits, i.e. syncs of the change log
 *                            ({@code paralign.store.commit-interval}, default 5 ms): writes that arrive meanwhile
 *                            wait and share the next one
 * @param indexCommitInterval shortest time between two commits of the Lucene index, after which the change log
 *                            starts empty again ({@code paralign.store.index-commit-interval}, default 1 s): the
 *                            longer, the fewer segments written and merged, and the more log to apply again after
 *                            a crash
 */
@ConfigurationProperties(prefix = "paralign.store", ignoreUnknownFields = false)
public record StoreProperties(Path dataDir, Duration commitInterval, Duration indexCommitInterval) {

    @ConstructorBinding
    public StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("5ms") Duration commitInterval,
                           @DefaultValue("1s") Duration indexCommitInterval) {
        requireNotNegative("commit-interval", commitInterval);
        requireNotNegative("index-commit-interval", indexCommitInterval);
        this.dataDir = dataDir;
        this.commitInterval = commitInterval;
        this.indexCommitInterval = indexCommitInterval;
    }

    /** The given directory, the default intervals. */
    public StoreProperties(Path dataDir) {
        this(dataDir, Duration.ofMillis(5), Duration.ofSeconds(1));
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("paralign.store." + name + " must not be negative, was " + value);
        }
    }
}
