package com.pazpaz.reminders.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reminder queue ({@code reminders.reminder}): one row per appointment occurrence, keyed by the appointment, so
 * no redelivery, replay or second instance can make a second one. Every change of an appointment or client moves
 * only reminders still pending: an outcome, once recorded, stays.
 */
@Component
public class ReminderQueue {

    /** A reminder as the practice sees it in its history. */
    public record Reminder(
            UUID appointmentId,
            UUID workspaceId,
            UUID clientId,
            Instant startsAt,
            Instant dueAt,
            String status,
            String reason,
            int attempts,
            Instant sentAt) {}

    private static final String COLUMNS =
            "appointment_id, workspace_id, client_id, starts_at, due_at, status, reason, attempts, sent_at";

    private final JdbcTemplate jdbc;
    private final PracticeSettings settings;
    private final Clock clock;

    ReminderQueue(JdbcTemplate jdbc, PracticeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues the reminder of a newly booked appointment (once: a second booking event of it changes nothing). */
    public void schedule(UUID appointmentId, UUID workspaceId, UUID clientId, Instant startsAt) {
        Instant due = startsAt.minus(settings.of(workspaceId).leadTime());
        Timestamp now = now();
        jdbc.update(
                """
                INSERT INTO reminder (appointment_id, workspace_id, client_id, starts_at, due_at, status,
                                      next_attempt_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)
                ON CONFLICT (appointment_id) DO NOTHING""",
                appointmentId,
                workspaceId,
                clientId,
                Timestamp.from(startsAt),
                Timestamp.from(due),
                Timestamp.from(due),
                now);
    }

    /** The appointment moved: its pending reminder moves with it. */
    public void reschedule(UUID appointmentId, UUID workspaceId, Instant startsAt) {
        Instant due = startsAt.minus(settings.of(workspaceId).leadTime());
        jdbc.update(
                """
                UPDATE reminder SET starts_at = ?, due_at = ?, next_attempt_at = ?, attempts = 0, updated_at = ?
                WHERE appointment_id = ? AND workspace_id = ? AND status = 'pending'""",
                Timestamp.from(startsAt),
                Timestamp.from(due),
                Timestamp.from(due),
                now(),
                appointmentId,
                workspaceId);
    }

    /** The appointment is off (cancelled, completed, deleted): its pending reminder is cancelled, with why. */
    public void cancel(UUID appointmentId, UUID workspaceId, String reason) {
        jdbc.update("""
                UPDATE reminder SET status = 'cancelled', reason = ?, updated_at = ?
                WHERE appointment_id = ? AND workspace_id = ? AND status = 'pending'""", reason, now(), appointmentId, workspaceId);
    }

    /** A cancelled appointment was set back to scheduled: its reminder is pending again. */
    public void reinstate(UUID appointmentId, UUID workspaceId) {
        jdbc.update("""
                UPDATE reminder SET status = 'pending', reason = NULL, attempts = 0, next_attempt_at = due_at,
                    updated_at = ?
                WHERE appointment_id = ? AND workspace_id = ? AND status = 'cancelled'""", now(), appointmentId, workspaceId);
    }

    /** The client was archived or erased: none of its pending reminders is sent. */
    public void cancelForClient(UUID clientId, UUID workspaceId, String reason) {
        jdbc.update("""
                UPDATE reminder SET status = 'cancelled', reason = ?, updated_at = ?
                WHERE client_id = ? AND workspace_id = ? AND status = 'pending'""", reason, now(), clientId, workspaceId);
    }

    /**
     * Locks the next due reminder for the caller's transaction, skipping those another sender holds: two
     * instances never work on the same reminder at once.
     */
    public Optional<Reminder> lockNextDue() {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM reminder WHERE status = 'pending' AND next_attempt_at <= ?"
                                + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED",
                        ReminderQueue::reminder,
                        now())
                .stream()
                .findFirst();
    }

    public void markSent(UUID appointmentId) {
        Timestamp now = now();
        jdbc.update(
                "UPDATE reminder SET status = 'sent', reason = NULL, attempts = attempts + 1, sent_at = ?,"
                        + " updated_at = ? WHERE appointment_id = ?",
                now,
                now,
                appointmentId);
    }

    public void markSkipped(UUID appointmentId, String reason) {
        jdbc.update(
                "UPDATE reminder SET status = 'skipped', reason = ?, updated_at = ? WHERE appointment_id = ?",
                reason,
                now(),
                appointmentId);
    }

    /** A failed attempt: tried again at {@code retryAt}, or, with none, recorded as failed. */
    public void markAttemptFailed(UUID appointmentId, String reason, Instant retryAt) {
        if (retryAt == null) {
            jdbc.update(
                    "UPDATE reminder SET status = 'failed', reason = ?, attempts = attempts + 1, updated_at = ?"
                            + " WHERE appointment_id = ?",
                    reason,
                    now(),
                    appointmentId);
        } else {
            jdbc.update(
                    "UPDATE reminder SET reason = ?, attempts = attempts + 1, next_attempt_at = ?,"
                            + " updated_at = ? WHERE appointment_id = ?",
                    reason,
                    Timestamp.from(retryAt),
                    now(),
                    appointmentId);
        }
    }

    /** Which of a practice's reminders a history shows: appointments starting in [from, to], of one status. */
    public record HistoryFilter(Instant from, Instant to, String status) {}

    /** A practice's reminders, newest appointment first. */
    public List<Reminder> history(UUID workspaceId, HistoryFilter filter, int limit, int offset) {
        List<Object> arguments = new ArrayList<>();
        String where = historyConditions(workspaceId, filter, arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM reminder WHERE " + where
                        + " ORDER BY starts_at DESC, appointment_id LIMIT ? OFFSET ?",
                ReminderQueue::reminder,
                arguments.toArray());
    }

    /** How many reminders the whole history holds (all pages). */
    public long historyTotal(UUID workspaceId, HistoryFilter filter) {
        List<Object> arguments = new ArrayList<>();
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM reminder WHERE " + historyConditions(workspaceId, filter, arguments),
                Long.class,
                arguments.toArray());
        return total == null ? 0 : total;
    }

    private static String historyConditions(UUID workspaceId, HistoryFilter filter, List<Object> arguments) {
        List<String> conditions = new ArrayList<>(List.of("workspace_id = ?"));
        arguments.add(workspaceId);
        if (filter.from() != null) {
            conditions.add("starts_at >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("starts_at <= ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            arguments.add(filter.status());
        }
        return String.join(" AND ", conditions);
    }

    public Optional<Reminder> one(UUID workspaceId, UUID appointmentId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM reminder WHERE workspace_id = ? AND appointment_id = ?",
                        ReminderQueue::reminder,
                        workspaceId,
                        appointmentId)
                .stream()
                .findFirst();
    }

    /** Pending reminders, all or only those due now: the queue-depth and due metrics. */
    public long pending(boolean dueOnly) {
        Long count = dueOnly
                ? jdbc.queryForObject(
                        "SELECT count(*) FROM reminder WHERE status = 'pending' AND next_attempt_at <= ?",
                        Long.class,
                        now())
                : jdbc.queryForObject("SELECT count(*) FROM reminder WHERE status = 'pending'", Long.class);
        return count == null ? 0 : count;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Reminder reminder(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Reminder(
                rs.getObject("appointment_id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                rs.getString("status"),
                rs.getString("reason"),
                rs.getInt("attempts"),
                sent == null ? null : sent.toInstant());
    }
}
