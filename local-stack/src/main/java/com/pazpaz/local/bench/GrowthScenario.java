package com.pazpaz.local.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Loading and amending a note with 5 vs 500 amendments. The stack snapshots a note every 50 events, so a command
 * replays at most that many; the read side serves the projected row and should not care.
 */
final class GrowthScenario {

    private final BenchContext bench;
    private final Seeder seeder;
    private final AtomicLong amendments = new AtomicLong(1_000_000);

    GrowthScenario(BenchContext bench) {
        this.bench = bench;
        this.seeder = new Seeder(bench, bench.owner);
    }

    void run() throws Exception {
        String client = seeder.client(2);
        for (int count : new int[] {5, 500}) {
            String note = seeder.finalizedNote(client, count);
            for (int i = 0; i < count; i++) {
                seeder.amend(note, i);
            }
            String url = bench.query("/api/v1/sessions/" + note);
            bench.awaitReadable(bench.owner, url);
            measure("load the note (GET)", count + " amendments", caller -> bench.owner.get(url) == 200);
            String amend = bench.command("/api/v1/sessions/" + note + "/amend");
            measure(
                    "amend the note",
                    count + " amendments, growing by each call",
                    caller -> bench.owner.post(amend, Seeder.amendBody(amendments.incrementAndGet())) != null);
        }
    }

    private void measure(String operation, String note, LoadGenerator.Operation call) throws Exception {
        bench.report.growth(operation, note, bench.repeat(() -> LoadGenerator.run(1, bench.window, call)));
    }
}
