package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exactly one reminder e-mail per appointment occurrence across redelivery (a second consumer group reading the
 * topic again from offset 0 into the same tables), a restart of the consumer mid-stream, and two instances sending
 * at once (docs/reminders.md, "Exactly once"). Each test has tables, a consumer group and a clock of its own.
 */
class RemindersExactlyOnceTest {

    private static Actor owner;
    private static GreenMail smtp;
    /** A year of its own (RemindersEndToEndTest books in 2012): no other class's reminder comes due here. */
    private static final Instant YEAR = Instant.parse("2013-01-01T00:00:00Z");

    private static Instant lastDay = YEAR;

    @BeforeAll
    static void start() {
        owner = StackFixture.newPractice("Reminders Once Practice");
        smtp = RemindersFixture.smtp(0);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void recordsConsumedAgainFromOffsetZeroChangeNothing() throws Exception {
        String schema = "reminders_once_redelivery";
        MovableClock clock = new MovableClock(YEAR);
        Booking booking = new Booking("Redelivered", 3);
        try (ConfigurableApplicationContext first = instance(schema, "once-redelivery-a", clock)) {
            booking.bookAll(0, 3);
            awaitPending(schema, booking.appointments);
            Map<String, Map<String, String>> before = rows(schema, booking.appointments);

            try (ConfigurableApplicationContext replaying = instance(schema, "once-redelivery-b", clock)) {
                RemindersFixture.awaitCaughtUp("once-redelivery-b");
                assertThat(rows(schema, booking.appointments)).isEqualTo(before);
                clock.set(booking.dueMoment());
                booking.awaitAllSent(schema);
            }
        }
        booking.assertOneMailEach();
    }

    @Test
    void aConsumerStoppedMidStreamAndStartedAgainLosesAndRepeatsNothing() throws Exception {
        String schema = "reminders_once_restart";
        MovableClock clock = new MovableClock(YEAR);
        Booking booking = new Booking("Restarted", 6);
        try (ConfigurableApplicationContext before = instance(schema, "once-restart", clock)) {
            booking.bookAll(0, 3);
            // stopped while the records of these bookings may still be on their way
        }
        booking.bookAll(3, 6);
        try (ConfigurableApplicationContext after = instance(schema, "once-restart", clock)) {
            RemindersFixture.awaitCaughtUp("once-restart");
            awaitPending(schema, booking.appointments);
            assertThat(StackFixture.count(schema + ".reminder WHERE client_id = '" + booking.client + "'"))
                    .isEqualTo(6);
            clock.set(booking.dueMoment());
            booking.awaitAllSent(schema);
        }
        booking.assertOneMailEach();
    }

    @Test
    void twoInstancesSendingAtOnceSendEachReminderOnce() throws Exception {
        String schema = "reminders_once_two";
        MovableClock clock = new MovableClock(YEAR);
        Booking booking = new Booking("Twice", 10);
        try (ConfigurableApplicationContext one = instance(schema, "once-two", clock);
                ConfigurableApplicationContext two = instance(schema, "once-two", clock)) {
            booking.bookAll(0, 10);
            awaitPending(schema, booking.appointments);
            // both senders poll every 100 ms: all ten come due at once for both
            clock.set(booking.dueMoment());
            booking.awaitAllSent(schema);
        }
        booking.assertOneMailEach();
    }

    private static ConfigurableApplicationContext instance(String schema, String group, MovableClock clock) {
        return RemindersFixture.start(schema, group, smtp.getSmtp().getPort(), clock);
    }

    private static void awaitPending(String schema, List<String> appointments) throws Exception {
        for (String appointment : appointments) {
            RemindersFixture.awaitStatus("reminder of " + appointment + " queued", schema, appointment, "pending");
        }
    }

    private static Map<String, Map<String, String>> rows(String schema, List<String> appointments) throws Exception {
        Map<String, Map<String, String>> rows = new java.util.TreeMap<>();
        for (String appointment : appointments) {
            rows.put(appointment, RemindersFixture.reminder(schema, appointment));
        }
        return rows;
    }

    /** One client's appointments, two hours apart on one day of their own. */
    private static final class Booking {
        final String email;
        final String client;
        final Instant day;
        final int size;
        final List<String> appointments = new ArrayList<>();

        Booking(String name, int size) {
            this.email = RemindersFixture.uniqueAddress(name);
            this.client = RemindersFixture.registerClient(owner, name, email, true);
            synchronized (RemindersExactlyOnceTest.class) {
                lastDay = lastDay.plus(Duration.ofDays(10));
                this.day = lastDay;
            }
            this.size = size;
        }

        void bookAll(int from, int to) {
            for (int i = from; i < to; i++) {
                appointments.add(RemindersFixture.book(owner, client, day.plus(Duration.ofHours(i))));
            }
        }

        /** Every reminder of the day is due (the last one's 24 h before), none of the appointments has begun. */
        Instant dueMoment() {
            return day.plus(Duration.ofHours(size)).minus(Duration.ofHours(24));
        }

        void awaitAllSent(String schema) throws Exception {
            for (String appointment : appointments) {
                RemindersFixture.awaitStatus("reminder of " + appointment + " sent", schema, appointment, "sent");
            }
            for (String appointment : appointments) {
                assertThat(RemindersFixture.reminder(schema, appointment)).containsEntry("attempts", "1");
            }
        }

        void assertOneMailEach() throws Exception {
            // a late duplicate would arrive within the instances' last polls; they are closed by now
            List<String> bodies = new ArrayList<>();
            for (var mail : RemindersFixture.mailsTo(smtp, email)) {
                bodies.add(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail));
            }
            assertThat(bodies).hasSize(size).doesNotHaveDuplicates();
        }
    }
}
