package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.pazpaz.infra.security.Actor;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reminders consumer against the whole stack: appointments booked through the API, a reminder e-mail received
 * by a real SMTP server, and each sending rule's outcome in the consumer's own tables (docs/reminders.md).
 */
class RemindersEndToEndTest {

    private static final String SCHEMA = "reminders_e2e";
    private static final Duration LEAD = Duration.ofHours(24);
    /** {@code pazpaz.reminders.service-user-id}'s default: the user the audit trail names for the contact reads. */
    private static final String SERVICE_USER = "00000000-0000-4000-8000-00000000e0a1";
    /** The consumer's own tables, all of them (docs/reminders.md). */
    private static final List<String> TABLES = List.of(
            "processed_event", "practice_settings", "client_consent", "reminder", "practice_hours_zone", "send_marker");

    private static Actor owner;
    private static MovableClock clock;
    private static GreenMail smtp;
    private static int smtpPort;
    private static ConfigurableApplicationContext reminders;

    @BeforeAll
    static void start() {
        owner = StackFixture.newPractice("Reminders Practice");
        clock = new MovableClock(RemindersFixture.EPOCH);
        smtp = RemindersFixture.smtp(0);
        smtpPort = smtp.getSmtp().getPort();
        reminders = RemindersFixture.start(SCHEMA, "reminders-e2e", smtpPort, clock);
    }

    @AfterAll
    static void stop() {
        reminders.close();
        smtp.stop();
    }

    private static Instant lastStart = RemindersFixture.EPOCH;

    /** A start ten days after the last one, so that no appointment of this class conflicts with, or is due with, another. */
    private static Instant nextStart() {
        lastStart = lastStart.plus(Duration.ofDays(10));
        return lastStart;
    }

    /** Moves the clock to an hour past the reminder's due time of an appointment at {@code start}. */
    private static void makeDue(Instant start) {
        clock.set(start.minus(LEAD).plus(Duration.ofHours(1)));
    }

    /** A new client with a reminder address at {@code mailbox}, and an appointment booked for them at the next start. */
    private static Booking book(String mailbox, String firstName, boolean consent) {
        String email = RemindersFixture.uniqueAddress(mailbox);
        String client = RemindersFixture.registerClient(owner, firstName, email, consent);
        Instant start = nextStart();
        return new Booking(email, client, start, RemindersFixture.book(owner, client, start));
    }

    private record Booking(String email, String client, Instant start, String appointment) {}

    /** Runs {@code steps} while the SMTP server is down, and starts it again on its port however they end. */
    private static void whileSmtpIsDown(Steps steps) throws Exception {
        smtp.stop();
        try {
            steps.run();
        } finally {
            smtp = RemindersFixture.smtp(smtpPort);
        }
    }

    @FunctionalInterface
    private interface Steps {
        void run() throws Exception;
    }

    private static void awaitAttempts(String what, String appointment, int attempts) throws Exception {
        String expected = Integer.toString(attempts);
        RemindersFixture.await(
                what,
                () -> expected.equals(
                        RemindersFixture.reminder(SCHEMA, appointment).get("attempts")));
    }

    @Test
    void aReminderEmailArrivesForAnAppointmentBookedThroughTheApi() throws Exception {
        Booking booked = book("dana", "Dana", true);

        RemindersFixture.awaitStatus("the reminder queued", SCHEMA, booked.appointment(), "pending");
        assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment()).get("due_at"))
                .isEqualTo(booked.start().minus(LEAD).toString());
        makeDue(booked.start());

        RemindersFixture.await(
                "the e-mail received",
                () -> !RemindersFixture.mailsTo(smtp, booked.email()).isEmpty());
        MimeMessage mail = RemindersFixture.mailsTo(smtp, booked.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Appointment reminder");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("Hello Dana,")
                .contains(java.time.format.DateTimeFormatter.ofPattern(
                                "d MMMM yyyy 'at' HH:mm '(UTC)'", java.util.Locale.ENGLISH)
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(booked.start()));
        RemindersFixture.awaitStatus("the outcome recorded", SCHEMA, booked.appointment(), "sent");
        assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment()))
                .containsEntry("attempts", "1")
                .containsEntry("reason", null);
        // the contact read is an audited access, naming the reminders service and, as correlation, the appointment
        Api audit = StackFixture.queries(owner);
        try {
            RemindersFixture.await(
                    "the contact read audited",
                    () -> audit
                            .get("/api/v1/audit-events?page_size=100&resource_id=" + booked.client())
                            .json()
                            .get("items")
                            .findValues("metadata")
                            .stream()
                            .anyMatch(m -> SERVICE_USER.equals(
                                            m.path("actor_user_id").asText())
                                    && booked.appointment()
                                            .equals(m.path("correlation_id").asText())));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": "
                    + audit.get("/api/v1/audit-events?page_size=100").body());
        }
    }

    @Test
    void aRescheduledAppointmentMovesItsReminderAndACancelledOneCancelsIt() throws Exception {
        String email = RemindersFixture.uniqueAddress("noa");
        String client = RemindersFixture.registerClient(owner, "Noa", email, true);
        Instant start = nextStart();
        String moved = RemindersFixture.book(owner, client, start);
        String cancelled = RemindersFixture.book(owner, client, start.plus(Duration.ofHours(3)));
        RemindersFixture.awaitStatus("both queued", SCHEMA, cancelled, "pending");

        Instant later = start.plus(Duration.ofDays(3));
        Api commands = StackFixture.commands(owner);
        assertThat(commands.put(
                                "/api/v1/appointments/" + moved,
                                Map.of(
                                        "scheduled_start",
                                        later.toString(),
                                        "scheduled_end",
                                        later.plus(Duration.ofHours(1)).toString()))
                        .status())
                .isEqualTo(200);
        assertThat(commands.put("/api/v1/appointments/" + cancelled, Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(200);
        RemindersFixture.awaitStatus("the reminder cancelled", SCHEMA, cancelled, "cancelled");
        assertThat(RemindersFixture.reminder(SCHEMA, cancelled)).containsEntry("reason", "appointment_cancelled");
        RemindersFixture.await(
                "the reminder moved",
                () -> RemindersFixture.reminder(SCHEMA, moved).get("starts_at").equals(later.toString()));

        // the old due time passes: nothing is sent; the new one: the moved appointment's reminder is
        makeDue(start.plus(Duration.ofHours(3)));
        Thread.sleep(500);
        assertThat(RemindersFixture.mailsTo(smtp, email)).isEmpty();
        assertThat(RemindersFixture.status(SCHEMA, moved)).isEqualTo("pending");
        makeDue(later);
        RemindersFixture.awaitStatus("the moved reminder sent", SCHEMA, moved, "sent");
        assertThat(RemindersFixture.mailsTo(smtp, email)).hasSize(1);
        assertThat(RemindersFixture.status(SCHEMA, cancelled)).isEqualTo("cancelled");
    }

    @Test
    void aDeletedAppointmentOrAnArchivedOrErasedClientCancelsThePendingReminderAndNothingIsSent() throws Exception {
        Api commands = StackFixture.commands(owner);
        Instant start = nextStart();
        String deletedEmail = RemindersFixture.uniqueAddress("tal");
        String deleted =
                RemindersFixture.book(owner, RemindersFixture.registerClient(owner, "Tal", deletedEmail, true), start);
        String archivedEmail = RemindersFixture.uniqueAddress("yael");
        String archivedClient = RemindersFixture.registerClient(owner, "Yael", archivedEmail, true);
        String archived = RemindersFixture.book(owner, archivedClient, start.plus(Duration.ofHours(2)));
        String erasedEmail = RemindersFixture.uniqueAddress("eden");
        String erasedClient = RemindersFixture.registerClient(owner, "Eden", erasedEmail, true);
        String erased = RemindersFixture.book(owner, erasedClient, start.plus(Duration.ofHours(4)));
        for (String appointment : List.of(deleted, archived, erased)) {
            RemindersFixture.await("queued", () -> "pending".equals(RemindersFixture.status(SCHEMA, appointment)));
        }

        assertThat(commands.delete("/api/v1/appointments/" + deleted).status()).isEqualTo(200);
        assertThat(commands.delete("/api/v1/clients/" + archivedClient).status())
                .isEqualTo(200);
        assertThat(commands.post("/api/v1/clients/" + erasedClient + "/erase", Map.of("confirm", erasedClient))
                        .status())
                .isEqualTo(200);

        Map<String, String> expectedReasons =
                Map.of(deleted, "appointment_deleted", archived, "client_archived", erased, "client_erased");
        for (Map.Entry<String, String> expected : expectedReasons.entrySet()) {
            String appointment = expected.getKey();
            RemindersFixture.await(
                    "cancelled: " + expected.getValue(),
                    () -> "cancelled".equals(RemindersFixture.status(SCHEMA, appointment)));
            assertThat(RemindersFixture.reminder(SCHEMA, appointment)).containsEntry("reason", expected.getValue());
        }
        // every due time passes: none of the three is sent
        makeDue(start.plus(Duration.ofHours(4)));
        Thread.sleep(500);
        for (String email : List.of(deletedEmail, archivedEmail, erasedEmail)) {
            assertThat(RemindersFixture.mailsTo(smtp, email)).isEmpty();
        }
    }

    @Test
    void aClientWithoutConsentIsSkippedWithTheReason() throws Exception {
        Booking booked = book("omer", "Omer", false);
        RemindersFixture.awaitStatus("queued", SCHEMA, booked.appointment(), "pending");
        makeDue(booked.start());

        RemindersFixture.awaitStatus("skipped", SCHEMA, booked.appointment(), "skipped");
        assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment()))
                .containsEntry("reason", "no_consent")
                .containsEntry("sent_at", null);
        assertThat(RemindersFixture.mailsTo(smtp, booked.email())).isEmpty();
    }

    @Test
    void whileSmtpIsDownTheReminderIsRetriedWithBackoffThenSent() throws Exception {
        Booking booked = book("yael", "Yael", true);
        RemindersFixture.awaitStatus("queued", SCHEMA, booked.appointment(), "pending");

        whileSmtpIsDown(() -> {
            makeDue(booked.start());
            Instant firstTry = clock.instant();
            awaitAttempts("the first attempt failed", booked.appointment(), 1);
            Map<String, String> afterOne = RemindersFixture.reminder(SCHEMA, booked.appointment());
            assertThat(afterOne)
                    .containsEntry("status", "pending")
                    .containsEntry("reason", "smtp_failed: ConnectException");
            assertThat(afterOne.get("next_attempt_at"))
                    .isEqualTo(firstTry.plusSeconds(30).toString());

            // the second attempt waits twice as long
            clock.advance(Duration.ofSeconds(30));
            Instant secondTry = clock.instant();
            awaitAttempts("the second attempt failed", booked.appointment(), 2);
            assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment()).get("next_attempt_at"))
                    .isEqualTo(secondTry.plusSeconds(60).toString());
        });
        clock.advance(Duration.ofSeconds(60));
        RemindersFixture.awaitStatus("sent once SMTP is back", SCHEMA, booked.appointment(), "sent");
        assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment())).containsEntry("attempts", "3");
        assertThat(RemindersFixture.mailsTo(smtp, booked.email())).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheReminderIsFailedWithTheReason() throws Exception {
        Booking booked = book("tamar", "Tamar", true);
        RemindersFixture.awaitStatus("queued", SCHEMA, booked.appointment(), "pending");

        whileSmtpIsDown(() -> {
            makeDue(booked.start());
            // max-attempts is 5: the waits between them are 30 s, 1, 2 and 4 min
            for (int attempt = 1; attempt <= 5; attempt++) {
                awaitAttempts("attempt " + attempt + " failed", booked.appointment(), attempt);
                clock.advance(Duration.ofSeconds(30L << (attempt - 1)));
            }
            RemindersFixture.awaitStatus("failed", SCHEMA, booked.appointment(), "failed");
            assertThat(RemindersFixture.reminder(SCHEMA, booked.appointment()))
                    .containsEntry("attempts", "5")
                    .containsEntry("reason", "smtp_failed: ConnectException")
                    .containsEntry("sent_at", null);
        });
        Thread.sleep(300);
        assertThat(RemindersFixture.mailsTo(smtp, booked.email())).isEmpty();
        assertThat(RemindersFixture.status(SCHEMA, booked.appointment())).isEqualTo("failed");
    }

    @Test
    void onlyRecordsOfTheTypesItHandlesAreRememberedAsApplied() throws Exception {
        Booking booked = book("yael", "Yael", true);
        Api queries = StackFixture.queries(owner);
        assertThat(queries.get("/api/v1/clients/" + booked.client()).status()).isEqualTo(200);
        String clientEvents = "/api/v1/audit-events?page_size=100&resource_id=" + booked.client();
        RemindersFixture.await(
                "the read recorded",
                () -> queries.get(clientEvents)
                        .json()
                        .get("items")
                        .findValuesAsText("action")
                        .contains("READ"));
        // a later booking of the same practice: its record comes after the read's on the practice's partition
        Booking later = book("yael.later", "Yael", true);
        RemindersFixture.awaitStatus("the later booking queued", SCHEMA, later.appointment(), "pending");

        Map<String, List<String>> idsByAction = new HashMap<>();
        queries.get(clientEvents)
                .json()
                .get("items")
                .forEach(item -> idsByAction
                        .computeIfAbsent(item.path("action").asText(), action -> new ArrayList<>())
                        .add(item.path("id").asText()));
        List<String> remembered = new ArrayList<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT event_id FROM " + SCHEMA + ".processed_event")) {
            while (rs.next()) {
                remembered.add(rs.getString(1));
            }
        }
        // the client's registration changes its consent flag: applied and remembered; the read changes nothing
        assertThat(remembered)
                .containsAll(idsByAction.get("CREATE"))
                .doesNotContainAnyElementsOf(idsByAction.get("READ"));
    }

    @Test
    void theTablesAreExactlyTheDocumentedOnes() throws Exception {
        assertThat(DocumentedTables.documented("docs/reminders.md"))
                .hasSizeGreaterThan(20)
                .isEqualTo(DocumentedTables.live(SCHEMA, TABLES));
    }

    @Test
    void noPlaintextNameOrEmailInTheRemindersTables() throws Exception {
        Booking booked = book("zohar", "Zoharina", true);
        makeDue(booked.start());
        RemindersFixture.awaitStatus("sent", SCHEMA, booked.appointment(), "sent");

        List<String> rows = new ArrayList<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT t::text FROM " + SCHEMA + "." + table + " t")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        assertThat(rows)
                .isNotEmpty()
                .noneMatch(row -> row.contains(booked.email())
                        || row.contains("Zoharina")
                        || row.contains("Reminded")
                        || row.contains("@"));
    }
}
