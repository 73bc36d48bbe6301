package com.pazpaz.query.common;

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

    QueryWebConfiguration(ProjectionProgress progress, ConsistencyProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    @Bean
    OpenApiCustomizer consistencyGateDocumentation() {
        return new ConsistencyGateDocumentation();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConsistencyGate(progress, properties)).addPathPatterns("/api/**");
    }
}
