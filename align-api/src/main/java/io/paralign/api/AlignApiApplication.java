package io.paralign.api;

import io.paralign.pipeline.AlignmentPipeline;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts the HTTP service. The alignment pipeline is one thread-safe instance shared by all requests. Callers are
 * known by API key only (see the security package): no user store, so no generated password either.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AlignApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlignApiApplication.class, args);
    }

    @Bean
    AlignmentPipeline alignmentPipeline() {
        return new AlignmentPipeline();
    }
}
