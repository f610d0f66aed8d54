package io.paralign.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ApiKeyPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Enable.class);

    @EnableConfigurationProperties(ApiKeyProperties.class)
    static class Enable {
    }

    @Test
    void keysAreSplitAtCommasAndTrimmed() {
        runner.withPropertyValues("paralign.security.api-keys= a ,b,, ").run(context ->
                assertEquals(List.of("a", "b"), context.getBean(ApiKeyProperties.class).apiKeys()));
    }

    @Test
    void emptyMeansKeysOff() {
        runner.withPropertyValues("paralign.security.api-keys=").run(context ->
                assertEquals(List.of(), context.getBean(ApiKeyProperties.class).apiKeys()));
        runner.run(context -> assertEquals(List.of(), context.getBean(ApiKeyProperties.class).apiKeys()));
    }

    @Test
    void anUnknownKeyStopsTheStart() {
        runner.withPropertyValues("paralign.security.api-key=typo").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("api-key"));
    }
}
