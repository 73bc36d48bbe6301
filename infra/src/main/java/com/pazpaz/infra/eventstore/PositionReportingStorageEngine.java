package com.pazpaz.infra.eventstore;

import com.pazpaz.infra.sql.RowsByKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, whose append also reads back the global positions PostgreSQL assigned (the
 * {@code RETURNING} of the same INSERT) and reports them to an open {@link AppendedEvents} capture, and bounds the
 * appending transaction: it must commit within the append bound of its oldest event's time, or PostgreSQL ends it
 * ({@code transaction_timeout}, set by the INSERT itself, so it costs no round trip), because a later commit could
 * fill a gap the trackers have already forgotten (decision 183).
 *
 * <p>The streams' reads are Axon's with two differences (decision 295): one SQL text whatever the token's gaps
 * (the positions to read, gaps included, are one array parameter, so PostgreSQL keeps one generic plan instead of
 * planning every read), which also reads the store's head; and a read that reached the head is remembered by the
 * {@link StreamHorizon}, so
 * that the fetch Axon's streams make right after it, and any until the next commit is announced, is answered
 * without a query. A token holding more gaps than the cleaning threshold is read by Axon's own code, which first
 * forgets the gaps that can no longer fill. Snapshots, tokens and gap handling are Axon's.
 */
class PositionReportingStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final String insertSql;
    private final String trackedReadSql;
    private final String trackedRangeSql;
    private final String nextPositionSql;

    private final Duration appendBound;
    private final StreamHorizon horizon;
    private final int gapCleaningThreshold;

    /**
     * @param gapCleaningThreshold the same number as the builder's: above it, reads go through Axon's code
     */
    PositionReportingStorageEngine(
            Builder builder,
            TransactionManager transactionManager,
            Duration appendBound,
            StreamHorizon horizon,
            int gapCleaningThreshold) {
        super(builder.gapCleaningThreshold(gapCleaningThreshold));
        this.transactionManager = transactionManager;
        this.appendBound = appendBound;
        this.horizon = horizon;
        this.gapCleaningThreshold = gapCleaningThreshold;
        String table = schema().domainEventTable();
        String position = schema().globalIndexColumn();
        // positions as one array, not a range: a range next to the head makes the planner probe the index for the
        // column's real maximum at every plan, and its generic plan looks too costly to be kept (decision 295);
        // each position looked up by the index, whatever the table's size when the plan was made (decision 302)
        this.trackedReadSql = RowsByKey.select(
                        trackedEventFields(),
                        ", (SELECT max(" + position + ") FROM " + table + ") AS head",
                        table,
                        position,
                        "bigint")
                + " ORDER BY " + position;
        // the read across a hole wider than a batch (rare): a range, so that no position below the next event is
        // left out while it may still commit
        this.trackedRangeSql = "SELECT " + trackedEventFields() + ", (SELECT max(" + position + ") FROM " + table
                + ") AS head FROM " + table + " WHERE (" + position + " > ? AND " + position + " <= ?) OR "
                + position + " = ANY (?) ORDER BY " + position;
        this.nextPositionSql = "SELECT min(" + position + ") FROM " + table + " WHERE " + position + " > ?";
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

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token format: " + lastToken);
        }
        GapAwareTrackingToken from = (GapAwareTrackingToken) lastToken;
        long mark = horizon.mark();
        long startedNanos = System.nanoTime();
        if (horizon.nothingNewAfter(from)) {
            return List.of();
        }
        if (from != null && from.getGaps().size() > gapCleaningThreshold) {
            return super.fetchTrackedEvents(lastToken, batchSize);
        }
        long after = from == null ? -1 : from.getIndex();
        return transactionManager.fetchInTransaction(() -> {
            TrackedBatch batch = readBatch(from, connection -> nextPositions(connection, from, after, batchSize));
            if (batch.events().isEmpty()) {
                Long next = nextPosition(after);
                if (next == null) {
                    horizon.readToTheHead(from, mark, startedNanos);
                    return List.of();
                }
                // more than a batch of positions that no committed event holds (or events committed since the
                // first statement): read on across them to a batch beyond the next event, as Axon's extended gap
                // check does
                long upTo = next + batchSize - 1;
                batch = readBatch(from, connection -> range(connection, from, after, upTo));
            }
            if (batch.reachedHead()) {
                horizon.readToTheHead(batch.endedAt(), mark, startedNanos);
            }
            return batch.events();
        });
    }

    /** The events a statement reads, and the token after them. */
    private TrackedBatch readBatch(GapAwareTrackingToken from, JdbcUtils.SqlFunction statement) {
        return JdbcUtils.executeQuery(
                getConnection(),
                statement,
                rows -> {
                    List<TrackedEventData<?>> events = new ArrayList<>();
                    GapAwareTrackingToken token = from;
                    long head = -1;
                    while (rows.next()) {
                        head = rows.getLong("head");
                        TrackedEventData<?> event = getTrackedEventData(rows, token);
                        events.add(event);
                        token = (GapAwareTrackingToken) event.trackingToken();
                    }
                    return new TrackedBatch(events, token, head);
                },
                e -> new EventStoreException("Failed to read events after token " + from, e));
    }

    /** The token's gaps and the {@code count} positions after {@code after}, as one array. */
    private PreparedStatement nextPositions(Connection connection, GapAwareTrackingToken from, long after, int count)
            throws SQLException {
        SortedSet<Long> gaps = gaps(from);
        Long[] positions = new Long[gaps.size() + count];
        int i = 0;
        for (Long gap : gaps) {
            positions[i++] = gap;
        }
        for (long position = after + 1; i < positions.length; position++) {
            positions[i++] = position;
        }
        PreparedStatement read = connection.prepareStatement(trackedReadSql);
        read.setArray(1, connection.createArrayOf("bigint", positions));
        return read;
    }

    private PreparedStatement range(Connection connection, GapAwareTrackingToken from, long after, long upTo)
            throws SQLException {
        PreparedStatement read = connection.prepareStatement(trackedRangeSql);
        read.setLong(1, after);
        read.setLong(2, upTo);
        read.setArray(3, connection.createArrayOf("bigint", gaps(from).toArray()));
        return read;
    }

    private static SortedSet<Long> gaps(GapAwareTrackingToken token) {
        return token == null ? Collections.emptySortedSet() : token.getGaps();
    }

    private Long nextPosition(long after) {
        return JdbcUtils.executeQuery(
                getConnection(),
                connection -> {
                    PreparedStatement next = connection.prepareStatement(nextPositionSql);
                    next.setLong(1, after);
                    return next;
                },
                rows -> rows.next() ? (Long) rows.getObject(1) : null,
                e -> new EventStoreException("Failed to read the next position after " + after, e));
    }

    /**
     * Events read in one statement, the token after them, and the store's head as that statement saw it: when the
     * token is at or past the head, nothing more was there to read.
     */
    private record TrackedBatch(List<TrackedEventData<?>> events, GapAwareTrackingToken endedAt, long head) {

        /** Without a row the statement did not say where the head is. */
        boolean reachedHead() {
            return !events.isEmpty() && head <= endedAt.getIndex();
        }
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
