package com.pazpaz.query.common;

import com.pazpaz.infra.eventstore.EventStoreHead;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the read rate limit and the read-your-writes gate in front of every query endpoint, and documents it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConsistencyProperties.class, ReadLimitProperties.class})
class QueryWebConfiguration implements WebMvcConfigurer {

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;
    private final EventStoreHead head;
    private final ReadRateLimiter readLimiter;
    private final ParkedSequences parked;

    QueryWebConfiguration(
            ProjectionProgress progress,
            ConsistencyProperties properties,
            EventStoreHead head,
            JdbcTemplate jdbc,
            ReadLimitProperties readLimits,
            ParkedSequences parked) {
        this.parked = parked;
        this.progress = progress;
        this.properties = properties;
        this.head = head;
        this.readLimiter = new ReadRateLimiter(jdbc, readLimits);
    }

    @Bean
    OpenApiCustomizer consistencyGateDocumentation() {
        return new ConsistencyGateDocumentation();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // counted before anything waits: a caller over its limit holds no thread
        registry.addInterceptor(readLimiter).addPathPatterns("/api/**");
        registry.addInterceptor(new ConsistencyGate(progress, properties, head, parked))
                .addPathPatterns("/api/**");
    }
}
