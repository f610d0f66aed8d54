package io.paralign.api.problem;

import io.paralign.api.ApiProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Multipart uploads get the same limit as other bodies, for each file and for the whole request. */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {
    @Bean
    MultipartConfigElement multipartConfigElement(ApiProperties properties) {
        long limit = properties.maxRequestSize().toBytes();
        return new MultipartConfigElement("", limit, limit, 0);
    }
}
