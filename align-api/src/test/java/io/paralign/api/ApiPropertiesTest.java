package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.api.store.QueryLimits;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ApiPropertiesTest {

    private static ApiProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("paralign.api",
                ApiProperties.class);
    }

    @Test
    void searchLimitsHaveDefaults() {
        assertEquals(new QueryLimits(500, 20, 4), bind(Map.of()).search().limits());
    }

    @Test
    void searchLimitsAreSetUnderParalignApiSearch() {
        ApiProperties properties = bind(Map.of("paralign.api.search.max-query-length", "200",
                "paralign.api.search.max-query-terms", "8", "paralign.api.search.max-prefix-terms", "0"));
        assertEquals(new QueryLimits(200, 8, 0), properties.search().limits());
    }

    @Test
    void searchLimitsMustBePositive() {
        BindException e = assertThrows(BindException.class,
                () -> bind(Map.of("paralign.api.search.max-query-terms", "0")));
        boolean named = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            named |= String.valueOf(cause.getMessage()).startsWith("paralign.api.search: query limits must be");
        }
        assertTrue(named, e.toString());
    }
}
