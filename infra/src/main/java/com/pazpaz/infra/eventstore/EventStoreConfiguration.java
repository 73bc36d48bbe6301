package com.pazpaz.infra.eventstore;

import com.pazpaz.infra.eventstore.chain.EventChainProperties;
import com.pazpaz.infra.eventstore.chain.EventChainVerifier;
import com.pazpaz.infra.schema.SchemaOwner;
import com.pazpaz.infra.schema.SchemaOwnerConfiguration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires Axon to the PostgreSQL event store whose tables Flyway creates from {@code db/event-store}. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Import(SchemaOwnerConfiguration.class)
@EnableConfigurationProperties({EventStoreProperties.class, EventChainProperties.class})
public class EventStoreConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";
    /** How far behind its head a token keeps a gap at most: 30,000 commits a second for 30 s. */
    static final int MAX_GAP_OFFSET = 1_000_000;
    /** Axon's default: a token holding more gaps than this first forgets those that can no longer fill. */
    static final int GAP_CLEANING_THRESHOLD = 250;

    /**
     * Both services migrate the event store, as its owner; Flyway's lock makes concurrent starts safe. Its
     * afterMigrate script creates the service roles the other schemas' scripts grant to, so they migrate after it.
     */
    @Bean(initMethod = "migrate")
    Flyway eventStoreMigration(SchemaOwner owner, EventStoreProperties properties) {
        return owner.migration(properties.schema(), "event-store");
    }

    /**
     * A handler that fails must not be skipped: the default logs and moves on, which would let a read model
     * or the Kafka relay silently miss an event. Propagating makes the processor retry the batch instead,
     * and makes a failing subscribing handler fail the command (its transaction rolls back).
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    @Primary
    Serializer serializer() {
        return EventSerialization.serializer();
    }

    /** Registered with Axon as a bean (both services, the read-model rebuild and the Kafka relay read through it). */
    @Bean
    EventUpcaster clientTagsUpcaster() {
        return new ClientTagsUpcaster();
    }

    @Bean
    EventSchema eventSchema(EventStoreProperties properties) {
        return EventSchema.builder()
                .eventTable(properties.table("domain_event_entry"))
                .snapshotTable(properties.table("snapshot_event_entry"))
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            Configuration configuration,
            Flyway eventStoreMigration,
            EventStoreProperties properties,
            StreamHorizon streamHorizon) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                // PgJDBC reports a duplicate (aggregate, sequence) as SQL state 23505, never as the
                // SQLIntegrityConstraintViolationException JdbcSQLErrorCodesResolver looks for: without this, two
                // concurrent commands on one record answered 500 instead of 409
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // JSON as text: readable with psql, no large objects
                .dataType(String.class)
                // a gap is forgotten only after no transaction that could still fill it can be open (decision 183)
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                // Axon's default drops any gap 10,000 positions behind, whatever its age: a burst of that many
                // commits within one append's 30 s would skip it. Gaps stay few anyway: beyond 250, the old ones
                // are forgotten by age
                .maxGapOffset(MAX_GAP_OFFSET);
        return new PositionReportingStorageEngine(
                builder,
                transactionManager,
                properties.appendTransactionTimeout(),
                streamHorizon,
                GAP_CLEANING_THRESHOLD);
    }

    /**
     * Shared by the storage engine (which remembers reads that reached the head) and the event store (which
     * announces commits); a remembered read is trusted for one fetch delay, so the idle poll still queries.
     */
    @Bean
    StreamHorizon streamHorizon(EventStoreProperties properties) {
        return new StreamHorizon(properties.fetchDelay());
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    WakeableEventStore eventStore(
            EventStorageEngine storageEngine,
            EventStoreProperties properties,
            Configuration configuration,
            StreamHorizon streamHorizon) {
        return new WakeableEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(storageEngine)
                        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                        .fetchDelay(properties.fetchDelay().toMillis()),
                streamHorizon);
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider, Serializer serializer, EventStoreProperties properties) {
        TokenSchema schema = TokenSchema.builder()
                .setTokenTable(properties.table("token_entry"))
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(schema)
                .serializer(serializer)
                .contentType(byte[].class)
                .build();
    }

    @Bean
    RecordPositions recordPositions(JdbcTemplate jdbcTemplate, EventStoreProperties properties) {
        return new RecordPositions(jdbcTemplate, properties.table("domain_event_entry"));
    }

    @Bean
    EventChainVerifier eventChainVerifier(
            JdbcTemplate jdbcTemplate, EventStoreProperties properties, EventChainProperties chain) {
        return new EventChainVerifier(jdbcTemplate, properties.schema(), chain.window());
    }

    @Bean
    EventStoreHead eventStoreHead(JdbcTemplate jdbcTemplate, EventStoreProperties properties) {
        return new EventStoreHead(jdbcTemplate, properties.table("domain_event_entry"));
    }

    @Bean
    EventAppendedListener eventAppendedListener(DataSource dataSource, WakeableEventStore eventStore) {
        return new EventAppendedListener(dataSource, eventStore);
    }
}
