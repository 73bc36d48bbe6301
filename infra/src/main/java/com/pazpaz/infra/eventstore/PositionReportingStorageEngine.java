package com.pazpaz.infra.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, whose append also reads back the global positions PostgreSQL assigned (the
 * {@code RETURNING} of the same INSERT) and reports them to an open {@link AppendedEvents} capture. Everything
 * else (reads, snapshots, tokens, gap handling) is Axon's.
 */
class PositionReportingStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final String insertSql;

    PositionReportingStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
        this.insertSql = "INSERT INTO " + schema().domainEventTable() + " (" + schema().domainEventFields()
                + ") VALUES (?,?,?,?,?,?,?,?,?)";
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            Connection connection = getConnection();
            try (PreparedStatement insert = connection.prepareStatement(insertSql,
                    new String[] {schema().globalIndexColumn()})) {
                for (EventMessage<?> message : events) {
                    addRow(insert, asDomainEvent(message), serializer);
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

    private void addRow(PreparedStatement insert, DomainEventMessage<?> event, Serializer serializer)
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
                AppendedEvents.appended(event.getAggregateIdentifier(), event.getSequenceNumber(),
                        positions.getLong(1));
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
