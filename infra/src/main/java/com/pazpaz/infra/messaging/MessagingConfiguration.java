package com.pazpaz.infra.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the metadata interceptor and correlation provider with Axon. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    RequestMetadataDispatchInterceptor requestMetadataDispatchInterceptor(RequestMetadataSource source) {
        return new RequestMetadataDispatchInterceptor(source);
    }

    @Bean
    RequestCorrelationDataProvider requestCorrelationDataProvider() {
        return new RequestCorrelationDataProvider();
    }
}
