package com.pazpaz.reminders.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends whose outcome may be lost ({@code reminders.send_marker}, decision 232). The sender writes a reminder's
 * outcome in the transaction that holds its row lock, after the relay answered; a process that dies in between
 * leaves no outcome, and the reminder is claimed again. The marker tells that case apart from a reminder never
 * sent: it is committed in a transaction of its own just before the e-mail goes out, and deleted in the final
 * outcome's transaction (a send the relay refused takes its own count back), so a marker found at the next claim
 * means the relay may already have accepted the e-mail.
 */
@Component
class SendMarkers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SendMarkers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** How many sends of the reminder were started without their outcome being written (0: none). */
    int interrupted(UUID appointmentId) {
        List<Integer> started = jdbc.query(
                "SELECT sends_started FROM send_marker WHERE appointment_id = ?",
                (rs, i) -> rs.getInt(1),
                appointmentId);
        return started.isEmpty() ? 0 : started.get(0);
    }

    /** A send begins: committed now, whatever becomes of the caller's transaction. */
    void sending(UUID appointmentId) {
        Timestamp now = Timestamp.from(clock.instant());
        ownTransaction.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO send_marker (appointment_id, sends_started, started_at) VALUES (?, 1, ?)
                ON CONFLICT (appointment_id) DO UPDATE
                SET sends_started = send_marker.sends_started + 1, started_at = excluded.started_at""", appointmentId, now));
    }

    /** The send just begun was refused by the relay: it is not in doubt, earlier interrupted ones still are. */
    void refused(UUID appointmentId) {
        jdbc.update("UPDATE send_marker SET sends_started = sends_started - 1 WHERE appointment_id = ?", appointmentId);
        jdbc.update("DELETE FROM send_marker WHERE appointment_id = ? AND sends_started <= 0", appointmentId);
    }

    /** The reminder's final outcome is written in the caller's transaction: no send of it is in doubt any more. */
    void settled(UUID appointmentId) {
        jdbc.update("DELETE FROM send_marker WHERE appointment_id = ?", appointmentId);
    }
}
