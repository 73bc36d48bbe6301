package com.pazpaz.infra.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event store.
 *
 * @param schema   PostgreSQL schema holding the event store tables
 * @param fetchDelay how long an idle event stream waits before polling again; the NOTIFY the event chainer
 *                   sends after linking new events cuts the wait short (see {@link EventAppendedListener})
 */
@ConfigurationProperties("pazpaz.event-store")
public record EventStoreProperties(
        @DefaultValue("event_store") String schema,
        @DefaultValue("1s") Duration fetchDelay) {

    String table(String name) {
        return schema + "." + name;
    }
}
