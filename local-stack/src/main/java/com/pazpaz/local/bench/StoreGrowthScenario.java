package com.pazpaz.local.bench;

import com.pazpaz.command.CommandServiceApplication;
import com.pazpaz.infra.security.Actor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What changes as the store grows: at a given number of stored events, in a practice of its own, the append
 * throughput of register-client at 1 and 16 callers, and loading and amending notes of 5 and 500 amendments,
 * with snapshots (the stack's setting, every 50 events) and without (a command-service in a JVM of its own with
 * snapshots off, beside its own 5-amendment baseline, since another JVM is not the same load).
 */
final class StoreGrowthScenario {

    private static final int[] AMENDMENTS = {5, 500};

    private final BenchContext bench;
    private final EventSeeder seeder;
    private final List<String> serviceJvm;
    private final AtomicLong amendments = new AtomicLong(2_000_000);

    StoreGrowthScenario(BenchContext bench, EventSeeder seeder, List<String> serviceJvm) {
        this.bench = bench;
        this.seeder = seeder;
        this.serviceJvm = serviceJvm;
    }

    void measure(long stored) throws Exception {
        Actor practice = bench.newPractice("Growth " + stored);
        Http http = bench.as(practice);
        appendThroughput(http, stored);
        for (int count : AMENDMENTS) {
            String note = seeder.noteWithAmendments(practice, count);
            String url = bench.query("/api/v1/sessions/" + note);
            bench.awaitReadable(http, url);
            report("load a note of " + count + " amendments (GET)", stored, 1, caller -> http.get(url) == 200);
            report(
                    "amend a note of " + count + " amendments (growing by each call)",
                    stored,
                    1,
                    amend(http, bench.stack.commandBaseUrl(), note));
        }
        withoutSnapshots(practice, stored);
    }

    private void appendThroughput(Http http, long stored) throws Exception {
        String url = bench.command("/api/v1/clients");
        AtomicInteger sequence = new AtomicInteger();
        LoadGenerator.Operation register =
                caller -> http.post(url, Seeder.registerBody(sequence.incrementAndGet())) != null;
        LoadGenerator.run(4, bench.window, register);
        for (int callers : new int[] {1, 16}) {
            report("register-client", stored, callers, register);
        }
    }

    private void withoutSnapshots(Actor practice, long stored) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(
                bench.stack,
                CommandServiceApplication.class,
                serviceJvm,
                List.of(
                        "--pazpaz.query-service.base-url=" + bench.stack.queryBaseUrl(),
                        "--pazpaz.sessions.snapshot-threshold=0"))) {
            Http http = bench.as(practice);
            for (int count : AMENDMENTS) {
                String note = seeder.noteWithAmendments(practice, count);
                LoadGenerator.Operation amend = amend(http, service.baseUrl(), note);
                LoadGenerator.run(1, bench.window, amend);
                report(
                        "amend a note of " + count + " amendments, no snapshots (own JVM; warmed up by a window"
                                + " of amendments first)",
                        stored,
                        1,
                        amend);
            }
        }
    }

    private LoadGenerator.Operation amend(Http http, String commandBaseUrl, String note) {
        String url = commandBaseUrl + "/api/v1/sessions/" + note + "/amend";
        return caller -> http.post(url, Seeder.amendBody(amendments.incrementAndGet())) != null;
    }

    private void report(String operation, long stored, int callers, LoadGenerator.Operation call) throws Exception {
        bench.report.storeGrowth(
                operation, stored, callers, bench.repeat(() -> LoadGenerator.run(callers, bench.window, call)));
    }
}
