package com.pazpaz.infra.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job progress registry and its status endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

    @Bean
    Jobs jobs(MeterRegistry registry, Clock clock, JobsProperties properties) {
        return new Jobs(registry, clock, properties.logInterval());
    }

    @Bean
    JobStatusController jobStatusController(Jobs jobs) {
        return new JobStatusController(jobs);
    }
}
