package io.paralign.api.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Lucene index lives.
 *
 * @param dataDir directory of the index, created when missing ({@code paralign.store.data-dir}, default {@code ./data})
 */
@ConfigurationProperties(prefix = "paralign.store", ignoreUnknownFields = false)
public record StoreProperties(@DefaultValue("./data") Path dataDir) {
}
