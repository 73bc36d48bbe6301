package com.pazpaz.local.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Three reads of query-service as the statements it sends between a request's transaction begin and its commit
 * (query-service's {@code RowQueries}, {@code AppointmentSummaries} and {@code ClientListRows}, whose SQL is
 * package-private there), for {@link RowSecurityCost}. Each checks that it found what the practice holds, so a
 * read that the row policies emptied counts as an error, never as a fast read. The keys are those of the same
 * reads over HTTP ({@link QueryScenarios}).
 */
final class RowSecurityReads {

    private static final String CLIENT_COLUMNS = "id, workspace_id, consent_status, notes, tags, created_at,"
            + " updated_at, is_active, first_name, last_name, email, phone, address, medical_history,"
            + " emergency_contact_name, emergency_contact_phone, date_of_birth, tags_encrypted";
    private static final String APPOINTMENT_COLUMNS = "id, workspace_id, client_id, scheduled_start,"
            + " scheduled_end, location_type, location_details, status, notes, created_at, updated_at, service_id,"
            + " location_id, edited_at, edit_count, completed_price, completed_currency";
    private static final String CLIENT_BY_ID =
            "SELECT " + CLIENT_COLUMNS + " FROM clients WHERE workspace_id = ? AND id = ?";
    private static final String CLIENTS_BY_IDS =
            "SELECT " + CLIENT_COLUMNS + " FROM clients WHERE workspace_id = ? AND id = ANY (?)";
    private static final String APPOINTMENT_SUMMARIES = "SELECT client_id,"
            + " min(scheduled_start) FILTER (WHERE status = 'SCHEDULED' AND scheduled_start > ?) AS next_start,"
            + " max(scheduled_start) FILTER (WHERE status = 'COMPLETED') AS last_start, count(*) AS appointments"
            + " FROM appointments WHERE workspace_id = ? AND client_id = ANY (?) GROUP BY client_id";
    private static final String LIST_STAMP = "SELECT stamp FROM client_list_stamps WHERE workspace_id = ?";
    private static final String WEEK = "SELECT " + APPOINTMENT_COLUMNS + " FROM appointments WHERE workspace_id = ?"
            + " AND scheduled_start >= ? AND scheduled_start <= ? ORDER BY scheduled_start DESC, id ASC"
            + " LIMIT ? OFFSET ?";
    private static final int PAGE = 50;
    private static final int CALENDAR_PAGE = 100;

    private RowSecurityReads() {}

    /** One request's statements on the transaction's connection; false when they did not find what they should. */
    @FunctionalInterface
    interface Statements {
        boolean run(Connection db) throws SQLException;
    }

    /** A read of one practice's rows; {@code key} is the same read's over HTTP. */
    record Read(String key, String label, UUID practice, Statements statements) {}

    static List<Read> of(SeededReads seeded) {
        UUID practice = seeded.clientPractice();
        UUID client = SeededReads.clientReadOverHttp(seeded.clients());
        List<UUID> page = seeded.clients().subList(0, PAGE);
        SeededReads.Calendar calendar = seeded.calendar();
        String ofClients = " (practice of " + seeded.clients().size() + " clients)";
        return List.of(
                new Read("client", "a client by id, and its appointment summary" + ofClients, practice, db -> {
                    boolean found = rows(db, CLIENT_BY_ID, practice, client) == 1;
                    summaries(db, practice, client);
                    return found;
                }),
                new Read(
                        "client-list",
                        "a page of 50 clients: the list stamp, then the page's rows" + ofClients,
                        practice,
                        db -> rows(db, LIST_STAMP, practice) == 1
                                && rows(db, CLIENTS_BY_IDS, practice, db.createArrayOf("uuid", page.toArray()))
                                        == PAGE),
                new Read(
                        "calendar-" + calendar.appointments(),
                        "a week of appointments (" + calendar.inWeek() + " of " + calendar.appointments() + ")",
                        calendar.practice(),
                        db -> rows(
                                        db,
                                        WEEK,
                                        calendar.practice(),
                                        utc(calendar.weekStart()),
                                        utc(calendar.weekEnd()),
                                        CALENDAR_PAGE,
                                        0)
                                == calendar.inWeek()));
    }

    private static void summaries(Connection db, UUID practice, UUID client) throws SQLException {
        rows(db, APPOINTMENT_SUMMARIES, Timestamp.from(Instant.now()), practice, db.createArrayOf("uuid", new UUID[] {
            client
        }));
    }

    /** Runs the query and reads every column of every row, as the service's row readers do; returns the rows. */
    private static int rows(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int rows = 0;
                while (rs.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rs.getObject(column);
                    }
                    rows++;
                }
                return rows;
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
