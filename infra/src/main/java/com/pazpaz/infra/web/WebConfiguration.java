package com.pazpaz.infra.web;

import com.pazpaz.infra.access.AccessRecordAppender;
import com.pazpaz.infra.access.RefusedAccessAudit;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Web conventions both services share. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter());
        // before security, so that even a 401 carries the correlation id
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodySizeFilter> requestBodySizeFilter() {
        FilterRegistrationBean<RequestBodySizeFilter> registration =
                new FilterRegistrationBean<>(new RequestBodySizeFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Annotated routes matched with a cheap first test of their literal start (decision 296). */
    @Bean
    WebMvcRegistrations literalPrefixRouting() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }
        };
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonInputLimits() {
        return JsonInputLimits.customizer();
    }

    @Bean
    RequestMetadataSource requestMetadataSource() {
        return new HttpRequestMetadataSource();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProblemResponses problemResponses(ObjectProvider<RefusedAccessAudit> refusals) {
        return new ProblemResponses(refusals);
    }

    @Bean
    RefusedAccessAudit refusedAccessAudit(
            ObjectProvider<AccessRecordAppender> sharedWriter,
            ObjectProvider<EventStore> eventStore,
            ObjectProvider<PlatformTransactionManager> transactions,
            RequestMetadataSource requestMetadata) {
        return new RefusedAccessAudit(sharedWriter, eventStore, transactions, requestMetadata);
    }
}
