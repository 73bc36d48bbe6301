package com.pazpaz.reminders.observability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reminder table counted by status, plus the pending ones already due, in one query, kept for a few seconds:
 * a Prometheus scrape reads several meters and they should not each cost a query. Counted from the table rather
 * than by each instance's sender, so that the figures are the same whichever instance sent a reminder and survive
 * restarts.
 */
@Component
class ReminderCounts {

    /** One reading: reminders per status, and the pending ones whose next attempt is due. */
    record Snapshot(Map<String, Long> byStatus, long due) {
        long of(String status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Snapshot last;
    private Instant readAt = Instant.MIN;

    ReminderCounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized Snapshot now() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(readAt.plus(FRESH_FOR))) {
            Map<String, Long> byStatus = new HashMap<>();
            long[] due = {0};
            jdbc.query(
                    """
                    SELECT status, count(*), count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= ?)
                    FROM reminder GROUP BY status""",
                    rs -> {
                        byStatus.put(rs.getString(1), rs.getLong(2));
                        due[0] += rs.getLong(3);
                    },
                    Timestamp.from(now));
            last = new Snapshot(Map.copyOf(byStatus), due[0]);
            readAt = now;
        }
        return last;
    }
}
