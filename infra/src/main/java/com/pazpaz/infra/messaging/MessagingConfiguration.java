package com.pazpaz.infra.messaging;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the metadata interceptor, correlation provider and correlation id logging with Axon. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    RequestMetadataDispatchInterceptor requestMetadataDispatchInterceptor(RequestMetadataSource source) {
        return new RequestMetadataDispatchInterceptor(source);
    }

    /** Every event processor logs with the correlation id of the event it handles. */
    @Bean
    ConfigurerModule correlationIdLogging() {
        CorrelationIdLogging interceptor = new CorrelationIdLogging();
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processorName) -> interceptor);
    }

    @Bean
    RequestCorrelationDataProvider requestCorrelationDataProvider() {
        return new RequestCorrelationDataProvider();
    }
}
