package com.pazpaz.reminders.sending;

import com.pazpaz.reminders.RemindersProperties;
import com.pazpaz.reminders.queue.ReminderQueue.Reminder;
import com.pazpaz.reminders.sending.ClientContacts.Contact;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail: the client's first name and the appointment's time, nothing clinical (no notes, no service,
 * no practitioner), sent through the configured SMTP relay. The contact details live only in this call.
 */
@Component
class ReminderMail {

    static final String SUBJECT = "Appointment reminder";

    /** The practice's time zone is not in the contract yet: the time is given in UTC, and says so. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final JavaMailSender mailSender;
    private final RemindersProperties properties;

    ReminderMail(JavaMailSender mailSender, RemindersProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    void send(Contact contact, Reminder reminder) throws MailException {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.fromAddress());
        message.setTo(contact.email());
        message.setSubject(SUBJECT);
        String greeting = contact.firstName() == null ? "Hello," : "Hello " + contact.firstName() + ",";
        message.setText(greeting + "\n\nThis is a reminder of your appointment on "
                + WHEN.format(reminder.startsAt()) + ".\n\nIf you cannot come, please let your practice know.\n");
        mailSender.send(message);
    }
}
