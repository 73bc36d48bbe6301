package com.pazpaz.infra.eventstore;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a record stands in the event store: its version (number of events) and the global position of its
 * latest event. Command responses carry both, so that a client can ask a query to wait for that position.
 */
public class RecordPositions {

    /** How far past a record's own event the events caused by the same request may lie (same transaction). */
    private static final int REQUEST_WINDOW = 1000;

    private final JdbcTemplate jdbc;
    private final String latestEventSql;
    private final String latestOfRequestSql;

    RecordPositions(JdbcTemplate jdbc, String eventTable) {
        this.jdbc = jdbc;
        this.latestEventSql = "SELECT sequence_number, global_index FROM " + eventTable
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1";
        this.latestOfRequestSql = "SELECT max(global_index) FROM " + eventTable
                + " WHERE global_index >= ? AND global_index < ? AND meta_data LIKE ?";
    }

    /**
     * The record's version, and the highest position among the events its request caused: a command may cause
     * others (deleting an appointment deletes its notes), appended in the same transaction right after.
     */
    public Optional<RecordPosition> latest(String aggregateIdentifier, String correlationId) {
        Optional<RecordPosition> own = latest(aggregateIdentifier);
        if (own.isEmpty() || correlationId == null) {
            return own;
        }
        long from = own.get().position();
        Long last = jdbc.queryForObject(latestOfRequestSql, Long.class, from, from + REQUEST_WINDOW,
                "%\"correlationId\":\"" + correlationId.replace("%", "") + "\"%");
        return Optional.of(new RecordPosition(own.get().version(), Math.max(from, last == null ? from : last)));
    }

    /** The record's latest version and position, or empty when it has no events. */
    public Optional<RecordPosition> latest(String aggregateIdentifier) {
        List<RecordPosition> rows = jdbc.query(latestEventSql,
                (rs, n) -> new RecordPosition(rs.getLong(1) + 1, rs.getLong(2)), aggregateIdentifier);
        return rows.stream().findFirst();
    }

    /**
     * A record's version and global event position.
     *
     * @param version  number of events the record has (Axon's sequence number + 1)
     * @param position global index of its latest event
     */
    public record RecordPosition(long version, long position) {
    }
}
