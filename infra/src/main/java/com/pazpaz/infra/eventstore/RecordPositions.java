package com.pazpaz.infra.eventstore;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a record stands in the event store: its version (number of events) and the global position of its
 * latest event. A command that appended events answers from the append itself ({@link AppendedEvents}); this
 * answers for a command that changed nothing, and for reads that need a record's version.
 */
public class RecordPositions {

    private final JdbcTemplate jdbc;
    private final String latestEventSql;

    RecordPositions(JdbcTemplate jdbc, String eventTable) {
        this.jdbc = jdbc;
        this.latestEventSql = "SELECT sequence_number, global_index FROM " + eventTable
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1";
    }

    /** The record's latest version and position, or empty when it has no events. */
    public Optional<RecordPosition> latest(String aggregateIdentifier) {
        List<RecordPosition> rows = jdbc.query(
                latestEventSql, (rs, n) -> new RecordPosition(rs.getLong(1) + 1, rs.getLong(2)), aggregateIdentifier);
        return rows.stream().findFirst();
    }

    /**
     * A record's version and global event position.
     *
     * @param version  number of events the record has (Axon's sequence number + 1)
     * @param position global index of its latest event
     */
    public record RecordPosition(long version, long position) {}
}
