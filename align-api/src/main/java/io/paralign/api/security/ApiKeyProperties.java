package io.paralign.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKeys accepted keys ({@code paralign.security.api-keys}, comma-separated); empty (the default) turns
 *                keys off
 */
@ConfigurationProperties(prefix = "paralign.security", ignoreUnknownFields = false)
public record ApiKeyProperties(@DefaultValue List<String> apiKeys) {
    public ApiKeyProperties {
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

}
