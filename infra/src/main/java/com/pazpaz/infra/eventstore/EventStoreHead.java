package com.pazpaz.infra.eventstore;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newest end of the event store, for measuring how far behind a processor is. */
public class EventStoreHead {

    private final JdbcTemplate jdbc;
    private final String headSql;
    private final String nextEventTimeSql;
    private final String anyStoredSql;

    EventStoreHead(JdbcTemplate jdbc, String eventTable) {
        this.jdbc = jdbc;
        this.headSql = "SELECT coalesce(max(global_index), -1) FROM " + eventTable;
        this.nextEventTimeSql =
                "SELECT time_stamp FROM " + eventTable + " WHERE global_index > ? ORDER BY global_index LIMIT 1";
        this.anyStoredSql = "SELECT EXISTS (SELECT 1 FROM " + eventTable + " WHERE global_index = ANY (?))";
    }

    /** Whether any of these positions holds a committed event (a gap that is not a rolled-back transaction). */
    public boolean anyStored(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(anyStoredSql);
                    statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
                    return statement;
                },
                rs -> rs.next() && rs.getBoolean(1)));
    }

    /** Global index of the newest stored event; -1 when the store is empty. */
    public long position() {
        Long head = jdbc.queryForObject(headSql, Long.class);
        return head == null ? -1 : head;
    }

    /** When the first event after {@code position} was stored: the oldest event a processor there has not seen. */
    public Optional<Instant> firstEventTimeAfter(long position) {
        List<String> times = jdbc.queryForList(nextEventTimeSql, String.class, position);
        return times.stream().findFirst().map(Instant::parse);
    }
}
