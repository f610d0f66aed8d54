package io.paralign.api;

import io.paralign.pipeline.AlignmentPipeline;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts the HTTP service. The alignment pipeline is one thread-safe instance shared by all requests. */
@SpringBootApplication
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
