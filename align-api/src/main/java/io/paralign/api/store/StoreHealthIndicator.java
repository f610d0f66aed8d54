package io.paralign.api.store;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports the Lucene store under {@code /actuator/health}: up when the writer is open and the index readable. */
final class StoreHealthIndicator implements HealthIndicator {
    private final AlignmentStore store;
    private final StoreProperties properties;

    StoreHealthIndicator(AlignmentStore store, StoreProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!store.isOpen()) {
            return Health.down().withDetail("reason", "index writer closed").build();
        }
        return Health.up().withDetail("alignments", store.count())
                .withDetail("dataDir", properties.dataDir().toAbsolutePath().normalize().toString()).build();
    }
}
