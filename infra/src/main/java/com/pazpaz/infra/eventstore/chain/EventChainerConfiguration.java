package com.pazpaz.infra.eventstore.chain;

import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.infra.eventstore.WakeableEventStore;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event chainer; imported by the service that writes events (command-service), standing by elsewhere. */
@Configuration(proxyBeanMethods = false)
public class EventChainerConfiguration {

    @Bean
    EventChainer eventChainer(
            DataSource dataSource,
            EventStoreProperties eventStore,
            EventChainProperties chain,
            WakeableEventStore eventBus) {
        EventChainer chainer = new EventChainer(dataSource, eventStore.schema(), chain);
        eventBus.onLocalCommit(chainer::wake);
        return chainer;
    }
}
