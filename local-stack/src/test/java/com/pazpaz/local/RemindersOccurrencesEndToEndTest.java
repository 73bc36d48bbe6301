package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.pazpaz.command.series.SeriesHorizonJob;
import com.pazpaz.infra.security.Actor;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reminders for what the other reminder tests do not book (docs/reminders.md): the occurrences of a recurring
 * series (each moved, cancelled, the series moved, ended and extended, all through the API), the practice's time
 * zone in the e-mail, and a crash between the relay's acceptance and the {@code sent} commit. Occurrences are
 * booked from the command side's real now, so this class's clock moves into the real future; before each move the
 * reminders of other tests' practices in its own tables are set aside, so no one else's client is read or mailed.
 */
class RemindersOccurrencesEndToEndTest {

    private static final String SCHEMA = "reminders_occurrences";
    private static final Duration LEAD = Duration.ofHours(24);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** Where each test starts: before every reminder it books, so none is due (or passed) before it moves. */
    private static final Instant BEFORE_ALL = Instant.parse("2014-01-01T00:00:00Z");

    private static final List<String> ourPractices = new ArrayList<>();
    private static MovableClock clock;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext reminders;
    /** Single appointments of this class: a day of their own each, far after every series. */
    private static Instant lastSingle =
            Instant.now().plus(Duration.ofDays(3 * 365)).truncatedTo(ChronoUnit.DAYS);

    @BeforeAll
    static void start() {
        clock = new MovableClock(BEFORE_ALL);
        smtp = RemindersFixture.smtp(0);
        reminders = RemindersFixture.start(
                SCHEMA, "reminders-occurrences", smtp.getSmtp().getPort(), clock);
    }

    @BeforeEach
    void clockBeforeAll() {
        clock.set(BEFORE_ALL);
    }

    @AfterAll
    static void stop() {
        reminders.close();
        smtp.stop();
    }

    @Test
    void everyOccurrenceOfASeriesIsRemindedOnceAndMovesAndCancelsKeepTheQueueRight() throws Exception {
        Actor owner = practice("Series Reminders");
        Api commands = StackFixture.commands(owner);
        String email = RemindersFixture.uniqueAddress("ilana");
        String client = RemindersFixture.registerClient(owner, "Ilana", email, true);
        // the practice names its zone with its reminder settings: the e-mails state London time
        assertThat(remindersApi(owner)
                        .put(
                                "/api/v1/reminders/settings",
                                Map.of("enabled", true, "lead_time_minutes", 1440, "time_zone", "Europe/London"))
                        .status())
                .isEqualTo(200);

        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(200);
        Api.Response booked = commands.post(
                "/api/v1/appointment-series", series(client, "FREQ=WEEKLY;COUNT=4", firstDay + "T10:00:00"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        List<String> occurrences = booked.json().get("occurrences").findValuesAsText("appointment_id");
        List<Instant> starts = booked.json().get("occurrences").findValuesAsText("scheduled_start").stream()
                .map(Instant::parse)
                .toList();
        assertThat(occurrences).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String occurrence = occurrences.get(i);
            Instant start = starts.get(i);
            RemindersFixture.awaitStatus("occurrence " + i + " queued", SCHEMA, occurrence, "pending");
            assertThat(RemindersFixture.reminder(SCHEMA, occurrence))
                    .containsEntry("starts_at", start.toString())
                    .containsEntry("due_at", start.minus(LEAD).toString());
        }

        // one occurrence moved by itself (an hour later), another cancelled by itself
        Instant movedStart = starts.get(1).plus(Duration.ofHours(1));
        assertThat(commands.put(
                                "/api/v1/appointments/" + occurrences.get(1),
                                Map.of(
                                        "scheduled_start",
                                        movedStart.toString(),
                                        "scheduled_end",
                                        movedStart.plus(Duration.ofMinutes(50)).toString()))
                        .status())
                .isEqualTo(200);
        assertThat(commands.put("/api/v1/appointments/" + occurrences.get(2), Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(200);
        RemindersFixture.await(
                "the moved occurrence's reminder moved",
                () -> movedStart
                        .toString()
                        .equals(RemindersFixture.reminder(SCHEMA, occurrences.get(1))
                                .get("starts_at")));
        RemindersFixture.awaitStatus(
                "the cancelled occurrence's reminder cancelled", SCHEMA, occurrences.get(2), "cancelled");

        // the whole series moves to 16:30 London time: the still-scheduled occurrences and their reminders with it
        Api.Response rescheduled = commands.put(
                "/api/v1/appointment-series/" + booked.id() + "/occurrences",
                Map.of("start_time", "16:30", "duration_minutes", 50));
        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
        Map<String, Instant> newStarts = new HashMap<>();
        rescheduled
                .json()
                .get("occurrences")
                .forEach(o -> newStarts.put(
                        o.get("appointment_id").asText(),
                        Instant.parse(o.get("scheduled_start").asText())));
        assertThat(newStarts).containsOnlyKeys(occurrences.get(0), occurrences.get(1), occurrences.get(3));
        for (String occurrence : newStarts.keySet()) {
            RemindersFixture.await(
                    "reminder of " + occurrence + " at the series' new time",
                    () -> newStarts
                            .get(occurrence)
                            .toString()
                            .equals(RemindersFixture.reminder(SCHEMA, occurrence)
                                    .get("starts_at")));
        }

        // the rest of the series, from the last occurrence on, is cancelled: its reminder too
        assertThat(commands.post(
                                "/api/v1/appointment-series/" + booked.id() + "/cancel",
                                Map.of("from", newStarts.get(occurrences.get(3)).toString()))
                        .status())
                .isEqualTo(200);
        RemindersFixture.awaitStatus("the ended series' reminder cancelled", SCHEMA, occurrences.get(3), "cancelled");
        assertThat(RemindersFixture.reminder(SCHEMA, occurrences.get(3)))
                .containsEntry("reason", "appointment_cancelled");

        // the first two occurrences are reminded at their new time, in London time; the others never
        for (int i = 0; i < 2; i++) {
            String occurrence = occurrences.get(i);
            Instant start = newStarts.get(occurrence);
            makeDue(start);
            RemindersFixture.awaitStatus("occurrence " + occurrence + " reminded", SCHEMA, occurrence, "sent");
            assertThat(GreenMailUtil.getBody(
                            RemindersFixture.mailsTo(smtp, email).get(i)))
                    .contains(WHEN.format(start.atZone(LONDON)) + " (Europe/London)")
                    .contains("at 16:30");
        }
        makeDue(starts.get(3).plus(Duration.ofDays(1)));
        Thread.sleep(500);
        assertThat(RemindersFixture.mailsTo(smtp, email)).hasSize(2);
        assertThat(RemindersFixture.reminder(SCHEMA, occurrences.get(2)))
                .containsEntry("status", "cancelled")
                .containsEntry("reason", "appointment_cancelled");
    }

    @Test
    void occurrencesTheHorizonJobBooksLaterAreQueuedToo() throws Exception {
        Actor owner = practice("Open Series Reminders");
        String client = RemindersFixture.registerClient(owner, "Gal", RemindersFixture.uniqueAddress("gal"), true);
        String firstStart = LocalDate.now(ZoneOffset.UTC).plusDays(3) + "T06:10:00";
        Api.Response booked = StackFixture.commands(owner)
                .post("/api/v1/appointment-series", series(client, "FREQ=WEEKLY", firstStart));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        List<String> first = booked.json().get("occurrences").findValuesAsText("appointment_id");

        SeriesHorizonJob job = StackFixture.stack().commandService().getBean(SeriesHorizonJob.class);
        assertThat(job.extendAll(Instant.now().plus(Duration.ofDays(15)))).contains(booked.id());
        JsonNode series = StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(StackFixture.latestPosition(booked.id())))
                .get("/api/v1/appointment-series/" + booked.id())
                .json();
        List<String> all = series.get("occurrences").findValuesAsText("appointment_id");
        assertThat(all).hasSizeGreaterThan(first.size()).containsAll(first);
        for (String occurrence : all) {
            RemindersFixture.awaitStatus("occurrence " + occurrence + " queued", SCHEMA, occurrence, "pending");
        }
    }

    @Test
    void theEmailStatesTheTimeInThePracticesZoneAndNamesIt() throws Exception {
        // a practice that set available hours: their zone, until it names one with its reminder settings
        Actor owner = practice("Zoned Reminders");
        Api.Response hours = StackFixture.commands(owner)
                .put(
                        "/api/v1/workspace/available-hours",
                        Map.of(
                                "time_zone",
                                "Europe/Amsterdam",
                                "weekly_hours",
                                List.of(Map.of("day", "monday", "start", "09:00", "end", "17:00"))));
        assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
        String email = RemindersFixture.uniqueAddress("mira");
        String client = RemindersFixture.registerClient(owner, "Mira", email, true);
        Api settings = remindersApi(owner);
        RemindersFixture.await(
                "the hours' zone known",
                () -> "Europe/Amsterdam"
                        .equals(reminderSettings(owner)
                                .get("effective_time_zone")
                                .asText()));
        assertThat(reminderSettings(owner).get("time_zone").isNull()).isTrue();

        Instant start = nextSingle().plus(Duration.ofHours(9));
        String appointment = RemindersFixture.book(owner, client, start);
        makeDueWhenQueued(appointment, start);
        RemindersFixture.awaitStatus("sent", SCHEMA, appointment, "sent");
        assertThat(GreenMailUtil.getBody(RemindersFixture.mailsTo(smtp, email).get(0)))
                .contains(WHEN.format(start.atZone(ZoneId.of("Europe/Amsterdam"))) + " (Europe/Amsterdam)");

        Api.Response named = settings.put(
                "/api/v1/reminders/settings",
                Map.of("enabled", true, "lead_time_minutes", 1440, "time_zone", "Asia/Jerusalem"));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().get("time_zone").asText()).isEqualTo("Asia/Jerusalem");
        assertThat(named.json().get("effective_time_zone").asText()).isEqualTo("Asia/Jerusalem");
        Instant later = nextSingle().plus(Duration.ofHours(9));
        String second = RemindersFixture.book(owner, client, later);
        makeDueWhenQueued(second, later);
        RemindersFixture.awaitStatus("sent", SCHEMA, second, "sent");
        assertThat(GreenMailUtil.getBody(RemindersFixture.mailsTo(smtp, email).get(1)))
                .contains(WHEN.format(later.atZone(ZoneId.of("Asia/Jerusalem"))) + " (Asia/Jerusalem)");

        // not an IANA zone (a fixed offset, a made-up region): 422 naming the field, nothing changed
        for (String bad : List.of("Nowhere/Land", "+02:00", "")) {
            Api.Response refused = settings.put(
                    "/api/v1/reminders/settings", Map.of("enabled", true, "lead_time_minutes", 60, "time_zone", bad));
            assertThat(refused.status()).as(bad + " " + refused).isEqualTo(422);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("time_zone");
        }
        assertThat(reminderSettings(owner).get("time_zone").asText()).isEqualTo("Asia/Jerusalem");
        assertThat(reminderSettings(owner).get("lead_time_minutes").asInt()).isEqualTo(1440);
    }

    @Test
    void aCrashAfterTheRelayAcceptedTheMailSendsItOnceMoreWithTheSameMessageIdAndNeverTwice() throws Exception {
        Actor owner = practice("Crash Reminders");
        String onceEmail = RemindersFixture.uniqueAddress("once");
        String alwaysEmail = RemindersFixture.uniqueAddress("always");
        String onceClient = RemindersFixture.registerClient(owner, "Once", onceEmail, true);
        String alwaysClient = RemindersFixture.registerClient(owner, "Always", alwaysEmail, true);
        Instant start = nextSingle().plus(Duration.ofHours(9));
        String once = RemindersFixture.book(owner, onceClient, start);
        String always = RemindersFixture.book(owner, alwaysClient, start.plus(Duration.ofHours(2)));
        RemindersFixture.awaitStatus("queued", SCHEMA, always, "pending");

        // the failure injected between the relay's acceptance and the "sent" commit, in the real database: for
        // `once` on its first send only, for `always` on every send; the transaction rolls back as on a crash
        try (Connection db = StackFixture.database();
                Statement sql = db.createStatement()) {
            sql.execute("CREATE FUNCTION " + SCHEMA + ".crash_before_sent() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN IF NEW.appointment_id = '" + always + "' OR (SELECT sends_started FROM " + SCHEMA
                    + ".send_marker WHERE appointment_id = NEW.appointment_id) = 1"
                    + " THEN RAISE EXCEPTION 'injected crash before the sent commit'; END IF; RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER crash_before_sent BEFORE UPDATE ON " + SCHEMA + ".reminder FOR EACH ROW"
                    + " WHEN (NEW.status = 'sent' AND NEW.appointment_id IN ('" + once + "', '" + always + "'))"
                    + " EXECUTE FUNCTION " + SCHEMA + ".crash_before_sent()");
        }
        try {
            makeDue(start.plus(Duration.ofHours(2)));
            RemindersFixture.awaitStatus("sent on the second try", SCHEMA, once, "sent");
            RemindersFixture.awaitStatus("failed after two interrupted sends", SCHEMA, always, "failed");
        } finally {
            try (Connection db = StackFixture.database();
                    Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER crash_before_sent ON " + SCHEMA + ".reminder");
                sql.execute("DROP FUNCTION " + SCHEMA + ".crash_before_sent()");
            }
        }
        // one duplicate at most, and recognisably one: the same Message-ID on both
        List<MimeMessage> onceMails = RemindersFixture.mailsTo(smtp, onceEmail);
        assertThat(onceMails).hasSize(2);
        assertThat(onceMails.get(0).getMessageID())
                .isEqualTo(onceMails.get(1).getMessageID())
                .isEqualTo("<reminder-" + once + "@pazpaz.local>");
        assertThat(RemindersFixture.reminder(SCHEMA, once))
                .containsEntry("attempts", "1")
                .containsEntry("reason", null);
        List<MimeMessage> alwaysMails = RemindersFixture.mailsTo(smtp, alwaysEmail);
        assertThat(alwaysMails).hasSize(2);
        assertThat(alwaysMails.get(0).getMessageID())
                .isEqualTo(alwaysMails.get(1).getMessageID());
        assertThat(RemindersFixture.reminder(SCHEMA, always))
                .containsEntry("reason", "send_interrupted")
                .containsEntry("sent_at", null);
        // the outcomes are written: no send is in doubt any more, and nothing more goes out
        assertThat(StackFixture.count(
                        SCHEMA + ".send_marker WHERE appointment_id IN ('" + once + "', '" + always + "')"))
                .isZero();
        Thread.sleep(300);
        assertThat(RemindersFixture.mailsTo(smtp, alwaysEmail)).hasSize(2);
    }

    private static Actor practice(String name) {
        Actor owner = StackFixture.newPractice(
                name + " " + UUID.randomUUID().toString().substring(0, 8));
        ourPractices.add(owner.workspaceId().value().toString());
        return owner;
    }

    private static Map<String, Object> series(String client, String rule, String firstStart) {
        Map<String, Object> body = new HashMap<>();
        body.put("client_id", client);
        body.put("rule", rule);
        body.put("time_zone", "Europe/London");
        body.put("first_start", firstStart);
        body.put("duration_minutes", 50);
        body.put("location_type", "clinic");
        return body;
    }

    /** This class's reminders instance (its tables), called as {@code owner}; not the stack's own. */
    private static Api remindersApi(Actor owner) {
        return new Api(
                "http://127.0.0.1:" + reminders.getEnvironment().getProperty("local.server.port"),
                StackFixture.tokenFor(owner));
    }

    private static JsonNode reminderSettings(Actor owner) {
        return remindersApi(owner).get("/api/v1/reminders/settings").json();
    }

    private static Instant nextSingle() {
        lastSingle = lastSingle.plus(Duration.ofDays(10));
        return lastSingle;
    }

    private static void makeDueWhenQueued(String appointment, Instant start) throws Exception {
        RemindersFixture.awaitStatus("queued", SCHEMA, appointment, "pending");
        makeDue(start);
    }

    /**
     * Moves the clock to an hour past the reminder's due time of an appointment at {@code start}, after setting
     * aside the pending reminders of every other test's practice in this class's tables (they lie in the same real
     * future, and their clients are not this test's to read or to mail).
     */
    private static void makeDue(Instant start) throws Exception {
        try (Connection db = StackFixture.database();
                Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE " + SCHEMA + ".reminder SET status = 'skipped', reason = 'another_test'"
                    + " WHERE status = 'pending' AND workspace_id NOT IN ('" + String.join("', '", ourPractices)
                    + "')");
        }
        clock.set(start.minus(LEAD).plus(Duration.ofHours(1)));
    }
}
