package io.paralign.api.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one store instance; closed (and its last writes committed) when the application stops. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    AlignmentStore alignmentStore(StoreProperties properties) {
        return new AlignmentStore(properties);
    }

    @Bean
    StoreHealthIndicator luceneStoreHealthIndicator(AlignmentStore store, StoreProperties properties) {
        return new StoreHealthIndicator(store, properties);
    }
}
