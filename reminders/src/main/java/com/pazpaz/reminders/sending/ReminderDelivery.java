package com.pazpaz.reminders.sending;

import com.pazpaz.reminders.RemindersProperties;
import com.pazpaz.reminders.queue.ClientConsent;
import com.pazpaz.reminders.queue.PracticeSettings;
import com.pazpaz.reminders.queue.ReminderQueue;
import com.pazpaz.reminders.queue.ReminderQueue.Reminder;
import com.pazpaz.reminders.sending.ClientContacts.Contact;
import com.pazpaz.reminders.sending.ClientContacts.ContactUnavailable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * The sending rules for one due reminder, which the caller holds locked (docs/reminders.md, "Sending"): skipped
 * with a reason when it must not go out, otherwise the contact is read (audited) and the e-mail sent; a failed
 * attempt is tried again after an exponential backoff until the attempts run out, then recorded as failed. A send
 * whose outcome was lost (the process died after the relay accepted it) is repeated once, never twice
 * ({@link SendMarkers}, decision 232). Reasons and log lines name the appointment and the failure's kind only, never
 * an address or a name.
 */
@Component
class ReminderDelivery {

    /**
     * Sends of one reminder that may have reached the relay without their outcome being written, after which it is
     * not sent again: one interrupted send is repeated (at most one duplicate e-mail), a second one fails it.
     */
    static final int MAX_INTERRUPTED_SENDS = 2;

    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final ReminderQueue queue;
    private final ClientConsent clients;
    private final PracticeSettings settings;
    private final ClientContacts contacts;
    private final ReminderMail mail;
    private final SendMarkers markers;
    private final RemindersProperties properties;
    private final Clock clock;

    ReminderDelivery(
            ReminderQueue queue,
            ClientConsent clients,
            PracticeSettings settings,
            ClientContacts contacts,
            ReminderMail mail,
            SendMarkers markers,
            RemindersProperties properties,
            Clock clock) {
        this.queue = queue;
        this.clients = clients;
        this.settings = settings;
        this.contacts = contacts;
        this.mail = mail;
        this.markers = markers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Gives the reminder its outcome or next attempt. An exception (the database away while writing it) rolls all
     * of it back with the caller's transaction, the marker of a send begun excepted. The markers of interrupted
     * sends are kept until the outcome is final, so a refused send in between does not reset their count.
     */
    void deliver(Reminder reminder) {
        UUID id = reminder.appointmentId();
        Optional<String> refusal = refusal(reminder);
        if (refusal.isPresent()) {
            skip(id, refusal.get());
            return;
        }
        int interrupted = markers.interrupted(id);
        if (interrupted >= MAX_INTERRUPTED_SENDS) {
            // the relay may have it twice already: a third e-mail is worse than none
            attemptFailed(reminder, "send_interrupted", false);
            return;
        }
        Contact contact;
        try {
            contact = contacts.read(reminder.workspaceId(), reminder.clientId(), id);
        } catch (ContactUnavailable e) {
            attemptFailed(reminder, e.reason(), e.retryable());
            return;
        }
        if (contact.email() == null) {
            skip(id, "no_email");
            return;
        }
        if (interrupted > 0) {
            log.warn(
                    "Reminder for appointment {}: an earlier send may have been accepted without its outcome being"
                            + " written; sending once more with the same Message-ID",
                    id);
        }
        ZoneId zone = settings.zone(reminder.workspaceId());
        // the last step before the relay: the marker must mean "the e-mail may have gone out"
        markers.sending(id);
        try {
            mail.send(contact, reminder, zone);
        } catch (MailException e) {
            // the exception's message may quote the address (a rejected recipient): only its kind is recorded
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            markers.refused(id);
            attemptFailed(reminder, "smtp_failed: " + cause.getClass().getSimpleName(), true);
            return;
        }
        queue.markSent(id);
        markers.settled(id);
        log.info("Reminder for appointment {} sent", id);
    }

    /** Why the reminder must not go out now: the practice turned reminders off, it is too late, or the client. */
    private Optional<String> refusal(Reminder reminder) {
        if (!settings.of(reminder.workspaceId()).enabled()) {
            return Optional.of("reminders_disabled");
        }
        if (!clock.instant().isBefore(reminder.startsAt())) {
            return Optional.of("appointment_passed");
        }
        return clients.refusal(reminder.clientId(), reminder.workspaceId());
    }

    private void skip(UUID id, String reason) {
        queue.markSkipped(id, reason);
        markers.settled(id);
        log.info("Reminder for appointment {} skipped: {}", id, reason);
    }

    private void attemptFailed(Reminder reminder, String reason, boolean retryable) {
        int attempts = reminder.attempts() + 1;
        Instant retryAt = retryable && attempts < properties.maxAttempts()
                ? clock.instant().plus(properties.backoffAfter(attempts))
                : null;
        queue.markAttemptFailed(reminder.appointmentId(), reason, retryAt);
        if (retryAt == null) {
            markers.settled(reminder.appointmentId());
            log.warn(
                    "Reminder for appointment {} failed after {} attempt(s): {}",
                    reminder.appointmentId(),
                    attempts,
                    reason);
        } else {
            log.info(
                    "Reminder for appointment {}: attempt {} failed ({}), next at {}",
                    reminder.appointmentId(),
                    attempts,
                    reason,
                    retryAt);
        }
    }
}
