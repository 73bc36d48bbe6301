package com.pazpaz.infra.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event store.
 *
 * @param schema   PostgreSQL schema holding the event store tables
 * @param fetchDelay how long an idle event stream waits before polling again; the NOTIFY the event chainer
 *                   sends after linking new events cuts the wait short (see {@link EventAppendedListener}). Also
 *                   how long a read that reached the store's head is trusted without a commit announced since
 *                   (decision 295), so that a lost NOTIFY delays a stream by at most about twice this
 * @param gapTimeout how long a position that no committed event fills (a gap) is waited for before the trackers
 *                   (read models, Kafka relay) may forget it, counted from the time of the event after it (Axon's
 *                   gap timeout; it forgets gaps only once a token holds more than 250)
 * @param appendTransactionTimeout the longest an appended event may take from its time to its commit: the append
 *                   sets PostgreSQL 17's {@code transaction_timeout} so that the server ends (rolls back) the
 *                   transaction after that, and no append can commit after its gap was forgotten
 *                   (docs/architecture.md, "Gaps"; decision 183)
 */
@ConfigurationProperties("pazpaz.event-store")
public record EventStoreProperties(
        @DefaultValue("event_store") String schema,
        @DefaultValue("1s") Duration fetchDelay,
        @DefaultValue("120s") Duration gapTimeout,
        @DefaultValue("30s") Duration appendTransactionTimeout) {

    /**
     * What the gap timeout must cover besides twice the append bound (the event holding the gap, and the one after
     * it whose time the timeout counts from): the skew of the instances' clocks, 10 s either way.
     */
    static final Duration GAP_MARGIN = Duration.ofSeconds(20);

    public EventStoreProperties {
        if (gapTimeout.compareTo(appendTransactionTimeout.multipliedBy(2).plus(GAP_MARGIN)) < 0) {
            throw new IllegalArgumentException("pazpaz.event-store.gap-timeout (" + gapTimeout + ") must be at least"
                    + " twice pazpaz.event-store.append-transaction-timeout (" + appendTransactionTimeout + ") plus "
                    + GAP_MARGIN.toSeconds() + " s, or a slow append could commit after its gap was forgotten");
        }
    }

    public String table(String name) {
        return schema + "." + name;
    }
}
