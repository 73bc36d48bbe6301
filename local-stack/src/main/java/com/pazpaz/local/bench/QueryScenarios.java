package com.pazpaz.local.bench;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.security.Actor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads under 32 readers: clients, notes, and the week calendar of four practices (one of weekly series). */
final class QueryScenarios {

    private static final int READERS = 32;
    private static final int NOTES_OF_CLIENT = 120;
    private static final int PRACTICE_CLIENTS = 10_000;
    private static final int SERIES_CLIENTS = 40;
    private static final Logger log = LoggerFactory.getLogger(QueryScenarios.class);
    /** A Monday; each practice's appointments fill 8 one-hour slots a day from here on. */
    private static final Instant FIRST_DAY = Instant.parse("2031-01-06T00:00:00Z");

    private final BenchContext bench;
    private Actor clientPractice;
    private List<String> clients;
    private SeededReads.Calendar largestCalendar;

    QueryScenarios(BenchContext bench) {
        this.bench = bench;
    }

    /** Measures every read; returns what was seeded for them, for the row-security section's reads. */
    SeededReads run() throws Exception {
        clients();
        notes();
        for (int appointments : new int[] {50, 500, 1000}) {
            largestCalendar = calendarWeek(appointments);
        }
        calendarOfWeeklySeries();
        return new SeededReads(
                clientPractice.workspaceId().value(),
                clients.stream().map(UUID::fromString).toList(),
                largestCalendar);
    }

    /**
     * A practice of exactly {@value #PRACTICE_CLIENTS} clients (the figure), registered by real events in
     * batches ({@link EventSeeder#clients}); the reads wait until the projection has them all. One list is read
     * before the window: the first list of a practice on an instance builds its index (docs/benchmarks/README.md).
     */
    private void clients() throws Exception {
        Actor practice = bench.newPractice("Client List " + PRACTICE_CLIENTS);
        long started = System.nanoTime();
        List<String> ids = new EventSeeder(bench).clients(practice, PRACTICE_CLIENTS);
        clientPractice = practice;
        clients = ids;
        Processors.awaitCaughtUp(
                bench.stack.commandService().getBean(EventStoreHead.class).position(),
                Duration.ofMinutes(10),
                bench.stack.queryService());
        log.info("Seeded a practice of {} clients in {} s", ids.size(), (System.nanoTime() - started) / 1_000_000_000);
        Http owner = bench.as(practice);
        String list = bench.query("/api/v1/clients?page_size=50");
        long total = owner.getJson(list).get("total").asLong();
        measure(
                "client",
                "a single client (practice of " + total + " clients)",
                owner,
                bench.query("/api/v1/clients/" + SeededReads.clientReadOverHttp(ids)));
        measure("client-list", "client list, page of 50 (practice of " + total + " clients)", owner, list);
    }

    private void notes() throws Exception {
        Seeder seeder = new Seeder(bench, bench.owner);
        String client = seeder.client(1);
        List<String> notes = Seeder.parallel(NOTES_OF_CLIENT, n -> () -> seeder.finalizedNote(client, n));
        String note = bench.query("/api/v1/sessions/" + notes.get(0));
        bench.awaitReadable(bench.owner, bench.query("/api/v1/sessions/" + notes.get(notes.size() - 1)));
        measure("note", "a note", bench.owner, note);
        measure(
                "notes-page",
                "a client's notes, page of 50 (" + NOTES_OF_CLIENT + " notes of the client)",
                bench.owner,
                bench.query("/api/v1/sessions?client_id=" + client + "&page_size=50"));
    }

    /**
     * A practice of its own per size, with the reference's client counts (behaviour.md §5.1: 10, 50, 100
     * clients); appointment i goes to client i mod clients, 8 a day, so that none overlaps (the reference wrote
     * its rows past the conflict check; ours go through the API). The week read is the data's first week.
     */
    private SeededReads.Calendar calendarWeek(int appointments) throws Exception {
        Actor practice = bench.newPractice("Calendar " + appointments);
        Http owner = bench.as(practice);
        Seeder seeder = new Seeder(bench, owner);
        int clientCount = appointments == 50 ? 10 : appointments / 10;
        List<String> clients = Seeder.parallel(clientCount, n -> () -> seeder.client(n));
        List<String> ids = Seeder.parallel(
                appointments,
                i -> () -> seeder.appointment(
                        clients.get(i % clientCount),
                        FIRST_DAY.plus(Duration.ofDays(i / 8)).plus(Duration.ofHours(9 + i % 8)),
                        Duration.ofHours(1)));
        bench.awaitReadable(owner, bench.query("/api/v1/appointments/" + ids.get(ids.size() - 1)));
        Instant weekEnd = FIRST_DAY.plus(Duration.ofDays(7));
        String week =
                bench.query("/api/v1/appointments?page_size=100&start_date=" + FIRST_DAY + "&end_date=" + weekEnd);
        long inWeek = owner.getJson(week).get("total").asLong();
        measure(
                "calendar-" + appointments,
                "calendar of a week (" + inWeek + " of " + appointments + " appointments)",
                owner,
                week);
        return new SeededReads.Calendar(practice.workspaceId().value(), appointments, FIRST_DAY, weekEnd, inWeek);
    }

    /**
     * A practice whose calendar is made of weekly series (issue 15): {@value #SERIES_CLIENTS} clients, each seen
     * every week on a slot of its own (Monday to Friday, 8 a day from 09:00 UTC), open-ended, so each series has
     * the horizon's 12 months of occurrences booked. Series start from the coming Monday, because occurrences are
     * booked from now up to the horizon; the week read is that first week.
     */
    private void calendarOfWeeklySeries() throws Exception {
        Http owner = bench.as(bench.newPractice("Calendar Series"));
        Seeder seeder = new Seeder(bench, owner);
        List<String> clients = Seeder.parallel(SERIES_CLIENTS, n -> () -> seeder.client(n));
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        // one after another: each booking is one transaction of a year of occurrences
        for (int i = 0; i < SERIES_CLIENTS; i++) {
            seeder.weeklySeries(clients.get(i), monday.plusDays(i / 8).atTime(9 + i % 8, 0));
        }
        Processors.awaitCaughtUp(
                bench.stack.commandService().getBean(EventStoreHead.class).position(),
                Duration.ofMinutes(5),
                bench.stack.queryService());
        Instant start = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        String week = bench.query("/api/v1/appointments?page_size=100&start_date=" + start + "&end_date="
                + start.plus(Duration.ofDays(7)));
        String all = bench.query("/api/v1/appointments?page_size=1");
        long inWeek = owner.getJson(week).get("total").asLong();
        long booked = owner.getJson(all).get("total").asLong();
        measure(
                "calendar-series",
                "calendar of a week (" + inWeek + " of " + booked + " appointments, all" + " occurrences of "
                        + SERIES_CLIENTS + " weekly series)",
                owner,
                week);
    }

    private void measure(String key, String label, Http reader, String url) throws Exception {
        bench.report.query(
                key,
                label,
                bench.repeat(() -> LoadGenerator.run(READERS, bench.window, caller -> reader.get(url) == 200)));
    }
}
