package io.paralign.api.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Lucene index lives and how often it is committed.
 *
 * @param dataDir        directory of the index, created when missing ({@code paralign.store.data-dir}, default
 *                       {@code ./data})
 * @param commitInterval shortest time between the starts of two commits ({@code paralign.store.commit-interval},
 *                       default 5 ms): writes that arrive meanwhile wait and share the next commit
 */
@ConfigurationProperties(prefix = "paralign.store", ignoreUnknownFields = false)
public record StoreProperties(Path dataDir, Duration commitInterval) {

    @ConstructorBinding
    public StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("5ms") Duration commitInterval) {
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("paralign.store.commit-interval must not be negative, was "
                    + commitInterval);
        }
        this.dataDir = dataDir;
        this.commitInterval = commitInterval;
    }

    /** The given directory, the default commit interval. */
    public StoreProperties(Path dataDir) {
        this(dataDir, Duration.ofMillis(5));
    }
}
