package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads under 32 concurrent readers: clients, notes, and the week calendar of practices of three sizes. */
final class QueryScenarios {

    private static final int READERS = 32;
    private static final int NOTES_OF_CLIENT = 120;
    /** A Monday; each practice's appointments fill 8 one-hour slots a day from here on. */
    private static final Instant FIRST_DAY = Instant.parse("2031-01-06T00:00:00Z");

    private final BenchContext bench;

    QueryScenarios(BenchContext bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        clients();
        notes();
        for (int appointments : new int[] {50, 500, 1000}) {
            calendarWeek(appointments);
        }
    }

    private void clients() throws Exception {
        JsonNode page = bench.owner.getJson(bench.query("/api/v1/clients?page_size=1"));
        long total = page.get("total").asLong();
        String one = bench.query("/api/v1/clients/" + page.get("items").get(0).get("id").asText());
        measure("a single client (" + total + " clients)", bench.owner, one);
        measure("client list, page of 50 (" + total + " clients)", bench.owner,
                bench.query("/api/v1/clients?page_size=50"));
    }

    private void notes() throws Exception {
        Seeder seeder = new Seeder(bench, bench.owner);
        String client = seeder.client(1);
        List<String> notes = Seeder.parallel(NOTES_OF_CLIENT, n -> () -> seeder.finalizedNote(client, n));
        String note = bench.query("/api/v1/sessions/" + notes.get(0));
        bench.awaitReadable(bench.owner, bench.query("/api/v1/sessions/" + notes.get(notes.size() - 1)));
        measure("a note", bench.owner, note);
        measure("a client's notes, page of 50 (" + NOTES_OF_CLIENT + " notes of the client)", bench.owner,
                bench.query("/api/v1/sessions?client_id=" + client + "&page_size=50"));
    }

    /**
     * A practice of its own per size, with the reference's client counts (behaviour.md §5.1: 10, 50, 100
     * clients); appointment i goes to client i mod clients, 8 a day, so that none overlaps (the reference wrote
     * its rows past the conflict check; ours go through the API). The week read is the data's first week.
     */
    private void calendarWeek(int appointments) throws Exception {
        Http owner = bench.as(bench.newPractice("Calendar " + appointments));
        Seeder seeder = new Seeder(bench, owner);
        int clientCount = appointments == 50 ? 10 : appointments / 10;
        List<String> clients = Seeder.parallel(clientCount, n -> () -> seeder.client(n));
        List<String> ids = Seeder.parallel(appointments, i -> () -> seeder.appointment(clients.get(i % clientCount),
                FIRST_DAY.plus(Duration.ofDays(i / 8)).plus(Duration.ofHours(9 + i % 8)), Duration.ofHours(1)));
        bench.awaitReadable(owner, bench.query("/api/v1/appointments/" + ids.get(ids.size() - 1)));
        String week = bench.query("/api/v1/appointments?page_size=100&start_date=" + FIRST_DAY + "&end_date="
                + FIRST_DAY.plus(Duration.ofDays(7)));
        long inWeek = owner.getJson(week).get("total").asLong();
        measure("calendar of a week (" + inWeek + " of " + appointments + " appointments)", owner, week);
    }

    private void measure(String label, Http reader, String url) throws Exception {
        bench.report.query(label, bench.repeat(() -> LoadGenerator.run(READERS, bench.window,
                caller -> reader.get(url) == 200)));
    }
}
