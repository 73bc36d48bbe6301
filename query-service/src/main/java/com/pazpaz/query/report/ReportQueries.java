package com.pazpaz.query.report;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' SQL over the projected read tables (appointments, clients, sessions), the workspace first in every
 * condition; only unprotected columns are read. Periods are UTC weeks or months ({@code date_trunc}).
 */
@Component
class ReportQueries {

    private static final String APPOINTMENTS = """
            SELECT date_trunc(?, scheduled_start AT TIME ZONE 'UTC')::date AS period_start, lower(status) AS status,
                   service_id, lower(location_type) AS location_type, location_id, count(*) AS appointments,
                   (sum(extract(epoch FROM scheduled_end - scheduled_start)) / 60)::bigint AS booked_minutes
              FROM appointments WHERE workspace_id = ? AND scheduled_start >= ? AND scheduled_start < ?
             GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5""";
    private static final String UTILISATION = """
            SELECT date_trunc(?, scheduled_start AT TIME ZONE 'UTC')::date AS period_start,
                   count(*) AS appointments,
                   round(sum(extract(epoch FROM scheduled_end - scheduled_start)) / 3600, 2) AS booked_hours
              FROM appointments WHERE workspace_id = ? AND scheduled_start >= ? AND scheduled_start < ?
               AND status IN ('SCHEDULED', 'COMPLETED')
             GROUP BY 1 ORDER BY 1""";
    private static final String CLIENTS = """
            WITH months AS (SELECT generate_series(date_trunc('month', ?::timestamp), date_trunc('month', ?::timestamp),
                                                   interval '1 month')::date AS period_start)
            SELECT m.period_start,
                   (SELECT count(*) FROM clients c WHERE c.workspace_id = ?
                       AND date_trunc('month', c.created_at AT TIME ZONE 'UTC')::date = m.period_start
                       AND c.created_at >= ? AND c.created_at < ?) AS new_clients,
                   (SELECT count(DISTINCT a.client_id) FROM appointments a WHERE a.workspace_id = ?
                       AND a.status = 'COMPLETED'
                       AND date_trunc('month', a.scheduled_start AT TIME ZONE 'UTC')::date = m.period_start
                       AND a.scheduled_start >= ? AND a.scheduled_start < ?) AS active_clients
              FROM months m ORDER BY 1""";
    private static final String WITHOUT_FUTURE = """
            SELECT count(*) FROM clients c WHERE c.workspace_id = ? AND c.is_active
               AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.workspace_id = c.workspace_id
                   AND a.client_id = c.id AND a.status = 'SCHEDULED' AND a.scheduled_start > ?)""";
    private static final String UNDOCUMENTED = """
            SELECT count(*) FROM appointments a WHERE a.workspace_id = ? AND a.status = 'COMPLETED'
               AND a.scheduled_start >= ? AND a.scheduled_start < ? AND a.scheduled_end < ?
               AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.workspace_id = a.workspace_id
                   AND s.appointment_id = a.id AND s.finalized_at IS NOT NULL AND s.deleted_at IS NULL)""";
    private static final String OLD_DRAFTS = """
            SELECT count(*) FROM sessions s WHERE s.workspace_id = ? AND s.is_draft AND s.deleted_at IS NULL
               AND s.session_date >= ? AND s.session_date < ? AND s.created_at < ?""";
    /**
     * Revenue (decision 201): completed appointments by month of their start, service and the currency they kept;
     * price and currency are kept together, so a group without a currency has a null sum.
     */
    private static final String REVENUE = """
            SELECT date_trunc('month', scheduled_start AT TIME ZONE 'UTC')::date AS period_start, service_id,
                   completed_currency AS currency, count(*) AS completed_appointments,
                   sum(completed_price) AS revenue
              FROM appointments WHERE workspace_id = ? AND scheduled_start >= ? AND scheduled_start < ?
               AND status = 'COMPLETED'
             GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";

    private static final String AMENDED = """
            SELECT count(*) FROM sessions s WHERE s.workspace_id = ? AND s.deleted_at IS NULL
               AND s.amendment_count > 0 AND s.session_date >= ? AND s.session_date < ?""";

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> appointments(UUID workspaceId, ReportRange range, ReportPeriod period) {
        return rows(APPOINTMENTS, period.unit(), workspaceId, at(range.start()), at(range.end()));
    }

    List<Map<String, Object>> utilisation(UUID workspaceId, ReportRange range, ReportPeriod period) {
        return rows(UTILISATION, period.unit(), workspaceId, at(range.start()), at(range.end()));
    }

    List<Map<String, Object>> clients(UUID workspaceId, ReportRange range) {
        Timestamp start = at(range.start());
        Timestamp end = at(range.end());
        return rows(
                CLIENTS,
                range.from().atStartOfDay(),
                range.to().atStartOfDay(),
                workspaceId,
                start,
                end,
                workspaceId,
                start,
                end);
    }

    long withoutFutureAppointment(UUID workspaceId, Instant now) {
        return count(WITHOUT_FUTURE, workspaceId, at(now));
    }

    /** Completed appointments of the range ended more than {@code days} ago without a finalized note. */
    long undocumented(UUID workspaceId, ReportRange range, int days, Instant now) {
        return count(UNDOCUMENTED, workspaceId, at(range.start()), at(range.end()), at(ago(now, days)));
    }

    long oldDrafts(UUID workspaceId, ReportRange range, int days, Instant now) {
        return count(OLD_DRAFTS, workspaceId, at(range.start()), at(range.end()), at(ago(now, days)));
    }

    long amendedAfterFinalization(UUID workspaceId, ReportRange range) {
        return count(AMENDED, workspaceId, at(range.start()), at(range.end()));
    }

    /** Per month, service and currency: completed appointments and the sum of the prices they completed at. */
    List<Map<String, Object>> revenue(UUID workspaceId, ReportRange range) {
        return rows(REVENUE, workspaceId, at(range.start()), at(range.end()));
    }

    private static Instant ago(Instant now, int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private List<Map<String, Object>> rows(String sql, Object... arguments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query(
                sql,
                (ResultSet rs) -> {
                    rows.add(row(rs));
                },
                arguments);
        return rows;
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = rs.getObject(c);
            row.put(
                    meta.getColumnLabel(c),
                    value instanceof java.sql.Date date
                            ? date.toLocalDate().toString()
                            : value instanceof UUID id ? id.toString() : value);
        }
        return row;
    }
}
