package io.paralign.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.paralign.api.security.ApiKeyProperties;
import io.paralign.api.store.StoreProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * "Unknown keys under {@code paralign.store}, {@code paralign.api} and {@code paralign.security} stop the application
 * at start-up": a misspelt setting is not ignored; the start fails and the failure names the key.
 */
class UnknownSettingsTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Enable.class);

    @EnableConfigurationProperties({StoreProperties.class, ApiProperties.class, ApiKeyProperties.class})
    static class Enable {
    }

    @ParameterizedTest
    @ValueSource(strings = {"paralign.store.data-directory", "paralign.store.commit-intervall",
            "paralign.api.max-page", "paralign.api.alignment-deadlin", "paralign.api.search.max-query-words",
            "paralign.security.api-key"})
    void anUnknownKeyStopsTheStartAndIsNamed(String key) {
        runner.withPropertyValues(key + "=1").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("[" + key + "]").hasStackTraceContaining("unbound"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paralign.store.commit-interval=10ms", "paralign.api.max-page-size=50",
            "paralign.api.search.max-query-terms=8", "paralign.security.api-keys=k"})
    void knownKeysStart(String setting) {
        runner.withPropertyValues(setting).run(context -> assertThat(context).hasNotFailed());
    }
}
