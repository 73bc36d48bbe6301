package com.pazpaz.reminders.web;

import com.pazpaz.reminders.queue.ReminderQueue.Reminder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One reminder of the practice's history: ids, times and outcome; no name or e-mail (none is stored). */
record ReminderView(
        UUID appointmentId,
        UUID clientId,
        @Schema(description = "the appointment's start") Instant startsAt,

        @Schema(description = "when the reminder is (or was) due")
        Instant dueAt,

        @Schema(allowableValues = {"pending", "sent", "failed", "skipped", "cancelled"})
        String status,

        @Schema(
                description = "why it was skipped, cancelled or failed, or the last failed attempt's reason",
                example = "no_consent")
        String reason,

        @Schema(description = "sending attempts so far") int attempts,
        Instant sentAt) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(
                reminder.appointmentId(),
                reminder.clientId(),
                reminder.startsAt(),
                reminder.dueAt(),
                reminder.status(),
                reminder.reason(),
                reminder.attempts(),
                reminder.sentAt());
    }
}
