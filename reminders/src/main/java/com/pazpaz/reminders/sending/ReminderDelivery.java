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
 * attempt is tried again after an exponential backoff until the attempts run out, then recorded as failed. Reasons
 * and log lines name the appointment and the failure's kind only, never an address or a name.
 */
@Component
class ReminderDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final ReminderQueue queue;
    private final ClientConsent clients;
    private final PracticeSettings settings;
    private final ClientContacts contacts;
    private final ReminderMail mail;
    private final RemindersProperties properties;
    private final Clock clock;

    ReminderDelivery(ReminderQueue queue, ClientConsent clients, PracticeSettings settings, ClientContacts contacts,
                     ReminderMail mail, RemindersProperties properties, Clock clock) {
        this.queue = queue;
        this.clients = clients;
        this.settings = settings;
        this.contacts = contacts;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    void deliver(Reminder reminder) {
        UUID id = reminder.appointmentId();
        Optional<String> refusal = refusal(reminder);
        if (refusal.isPresent()) {
            skip(id, refusal.get());
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
        try {
            mail.send(contact, reminder);
        } catch (MailException e) {
            // the exception's message may quote the address (a rejected recipient): only its kind is recorded
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            attemptFailed(reminder, "smtp_failed: " + cause.getClass().getSimpleName(), true);
            return;
        }
        queue.markSent(id);
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
        log.info("Reminder for appointment {} skipped: {}", id, reason);
    }

    private void attemptFailed(Reminder reminder, String reason, boolean retryable) {
        int attempts = reminder.attempts() + 1;
        Instant retryAt = retryable && attempts < properties.maxAttempts()
                ? clock.instant().plus(properties.backoffAfter(attempts)) : null;
        queue.markAttemptFailed(reminder.appointmentId(), reason, retryAt);
        if (retryAt == null) {
            log.warn("Reminder for appointment {} failed after {} attempt(s): {}", reminder.appointmentId(),
                    attempts, reason);
        } else {
            log.info("Reminder for appointment {}: attempt {} failed ({}), next at {}", reminder.appointmentId(),
                    attempts, reason, retryAt);
        }
    }
}
