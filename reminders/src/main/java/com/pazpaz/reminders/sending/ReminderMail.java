package com.pazpaz.reminders.sending;

import com.pazpaz.reminders.RemindersProperties;
import com.pazpaz.reminders.queue.ReminderQueue.Reminder;
import com.pazpaz.reminders.sending.ClientContacts.Contact;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail: the client's first name and the appointment's time in the practice's time zone, named in the
 * text, nothing clinical (no notes, no service, no practitioner), sent through the configured SMTP relay. The
 * contact details live only in this call. Its Message-ID is the reminder's own ({@link #messageId}), the same on
 * every send, so the one duplicate a crash can cause is recognisable as such (decision 232).
 */
@Component
class ReminderMail {

    static final String SUBJECT = "Appointment reminder";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final JavaMailSender mailSender;
    private final RemindersProperties properties;

    ReminderMail(JavaMailSender mailSender, RemindersProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    void send(Contact contact, Reminder reminder, ZoneId zone) throws MailException {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.fromAddress());
            mail.setTo(contact.email());
            mail.setSubject(SUBJECT);
            String greeting = contact.firstName() == null ? "Hello," : "Hello " + contact.firstName() + ",";
            mail.setText(greeting + "\n\nThis is a reminder of your appointment on " + when(reminder, zone)
                    + ".\n\nIf you cannot come, please let your practice know.\n");
            // Spring keeps a Message-ID set before sending (JavaMailSenderImpl preserves it over saveChanges)
            message.setHeader("Message-ID", messageId(reminder.appointmentId()));
        } catch (MessagingException e) {
            // the exception may quote the address: only its kind goes on
            throw new MailPreparationException(
                    "reminder not prepared: " + e.getClass().getSimpleName());
        }
        mailSender.send(message);
    }

    /** "Monday 12 March 2012 at 10:00 (Europe/London)": the local time and the zone it is in. */
    static String when(Reminder reminder, ZoneId zone) {
        return WHEN.format(reminder.startsAt().atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** One per reminder (the appointment), never per attempt. */
    String messageId(UUID appointmentId) {
        String from = properties.fromAddress();
        String domain =
                from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
        return "<reminder-" + appointmentId + "@" + (domain.isEmpty() ? "pazpaz.local" : domain) + ">";
    }
}
