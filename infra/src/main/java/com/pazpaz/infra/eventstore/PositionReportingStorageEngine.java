package com.pazpaz.infra.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, whose append also reads back the global positions PostgreSQL assigned (the
 * {@code RETURNING} of the same INSERT) and reports them to an open {@link AppendedEvents} capture, and bounds the
 * appending transaction: it must commit within the append bound of its oldest event's time, or PostgreSQL ends it
 * ({@code transaction_timeout}, set by the INSERT itself, so it costs no round trip), because a later commit could
 * fill a gap the trackers have already forgotten (decision 183). Everything else (reads, snapshots, tokens, gap
 * handling) is Axon's.
 */
class PositionReportingStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final String insertSql;

    private final Duration appendBound;

    PositionReportingStorageEngine(Builder builder, TransactionManager transactionManager, Duration appendBound) {
        super(builder);
        this.transactionManager = transactionManager;
        this.appendBound = appendBound;
        // set_config runs before the first row is inserted; a timer already running (an earlier append of the same
        // transaction, hence an earlier bound) is kept by PostgreSQL
        this.insertSql = "INSERT INTO " + schema().domainEventTable() + " (" + schema().domainEventFields()
                + ") SELECT ?,?,?,?,?,?,?,?,? WHERE set_config('transaction_timeout', ?, true) IS NOT NULL";
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        String remainingMillis = Long.toString(remainingMillis(events));
        transactionManager.executeInTransaction(() -> {
            Connection connection = getConnection();
            try (PreparedStatement insert =
                    connection.prepareStatement(insertSql, new String[] {schema().globalIndexColumn()})) {
                for (EventMessage<?> message : events) {
                    addRow(insert, asDomainEvent(message), serializer, remainingMillis);
                }
                insert.executeBatch();
                reportPositions(insert, events);
            } catch (SQLException e) {
                handlePersistenceException(e, events.get(0));
            } finally {
                closeQuietly(connection);
            }
        });
    }

    /** What is left of the bound of the batch's oldest event; an event already past it is not appended. */
    private long remainingMillis(List<? extends EventMessage<?>> events) {
        Instant oldest = events.stream()
                .map(EventMessage::getTimestamp)
                .min(Instant::compareTo)
                .orElseThrow();
        long remaining =
                appendBound.minus(Duration.between(oldest, Instant.now())).toMillis();
        if (remaining <= 0) {
            throw new EventStoreException("An event older than the append bound (" + appendBound
                    + ") is not appended: it could commit after the trackers stopped waiting for its position");
        }
        return remaining;
    }

    private void addRow(
            PreparedStatement insert, DomainEventMessage<?> event, Serializer serializer, String remainingMillis)
            throws SQLException {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        insert.setString(1, event.getIdentifier());
        insert.setString(2, event.getAggregateIdentifier());
        insert.setLong(3, event.getSequenceNumber());
        insert.setString(4, event.getType());
        writeTimestamp(insert, 5, event.getTimestamp());
        insert.setString(6, payload.getType().getName());
        insert.setString(7, payload.getType().getRevision());
        insert.setString(8, payload.getData());
        insert.setString(9, metaData.getData());
        insert.setString(10, remainingMillis);
        insert.addBatch();
    }

    private static void reportPositions(PreparedStatement insert, List<? extends EventMessage<?>> events)
            throws SQLException {
        try (ResultSet positions = insert.getGeneratedKeys()) {
            for (EventMessage<?> message : events) {
                if (!positions.next()) {
                    return;
                }
                DomainEventMessage<?> event = asDomainEvent(message);
                AppendedEvents.appended(
                        event.getAggregateIdentifier(), event.getSequenceNumber(), positions.getLong(1));
            }
        }
    }

    /** As Axon stores a plain event message: its own id as the "aggregate", sequence 0, no type. */
    private static <T> DomainEventMessage<T> asDomainEvent(EventMessage<T> message) {
        if (message instanceof DomainEventMessage<T> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection goes back to the pool or is discarded by it; nothing is lost
        }
    }
}
