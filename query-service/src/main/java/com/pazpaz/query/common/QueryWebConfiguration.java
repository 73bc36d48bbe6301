package com.pazpaz.query.common;

import com.pazpaz.infra.eventstore.EventStoreHead;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the read-your-writes gate in front of every query endpoint, and documents it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsistencyProperties.class)
class QueryWebConfiguration implements WebMvcConfigurer {

    private final ProjectionProgress progress;
    private final ConsistencyProperties properties;
    private final EventStoreHead head;

    QueryWebConfiguration(ProjectionProgress progress, ConsistencyProperties properties, EventStoreHead head) {
        this.progress = progress;
        this.properties = properties;
        this.head = head;
    }

    @Bean
    OpenApiCustomizer consistencyGateDocumentation() {
        return new ConsistencyGateDocumentation();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConsistencyGate(progress, properties, head)).addPathPatterns("/api/**");
    }
}
