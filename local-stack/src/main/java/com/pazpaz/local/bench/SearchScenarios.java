package com.pazpaz.local.bench;

import com.pazpaz.infra.eventstore.EventStoreHead;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search through the blind index under 32 readers (issue 16): a client search in a practice of 10,000 clients and
 * a note search in a practice of 100,000 notes, seeded by real events ({@link EventSeeder}) and read once the
 * projection (which computes the tokens) has caught up. The queries match a handful of records, as a name or a
 * rare word does: "seeded123" is a prefix of 11 of the 10,000 names, "1234" a word of 4 of the 100,000 notes.
 */
final class SearchScenarios {

    private static final int READERS = 32;
    private static final Logger log = LoggerFactory.getLogger(SearchScenarios.class);

    private final BenchContext bench;
    private final int clients;
    private final int notes;

    SearchScenarios(BenchContext bench, int clients, int notes) {
        this.bench = bench;
        this.clients = clients;
        this.notes = notes;
    }

    void run() throws Exception {
        EventSeeder seeder = new EventSeeder(bench);
        Actor clientPractice = bench.newPractice("Search Clients " + clients);
        seeder.clients(clientPractice, clients);
        Actor notePractice = bench.newPractice("Search Notes " + notes);
        long started = System.nanoTime();
        seeder.notes(notePractice, notes);
        Processors.awaitCaughtUp(
                bench.stack.commandService().getBean(EventStoreHead.class).position(),
                Duration.ofMinutes(30),
                bench.stack.queryService());
        log.info(
                "Seeded and indexed {} clients and {} notes in {} s",
                clients,
                notes,
                (System.nanoTime() - started) / 1_000_000_000);
        measure(
                "search-clients",
                "client search, prefix of 11 names (practice of " + clients + " clients)",
                bench.as(clientPractice),
                bench.query("/api/v1/search/clients?q=seeded123&page_size=50"));
        measure(
                "search-notes",
                "note search, a word of 4 notes (practice of " + notes + " notes)",
                bench.as(notePractice),
                bench.query("/api/v1/search/notes?q=" + Math.min(1234, notes / 4 - 1) + "&page_size=50"));
    }

    private void measure(String key, String label, Http reader, String url) throws Exception {
        bench.report.query(
                key,
                label,
                bench.repeat(() -> LoadGenerator.run(READERS, bench.window, caller -> reader.get(url) == 200)));
    }
}
