package com.pazpaz.local.bench;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The five commands at 1, 16 and 64 callers, each compared with the raw insert rate at that concurrency. */
final class CommandScenarios {

    static final int[] CALLERS = {1, 16, 64};
    /** Autosaves per (user, note) before switching to another user: stays under the 60/min limit (R-RL-2). */
    private static final int AUTOSAVES_PER_USER = 50;

    private static final int AMEND_POOL = 256;
    /** Assistants added before save-draft: enough for every round at 1, 16 and 64 callers on this machine. */
    private static final int STAFF_POOL = 400;
    /** Far from every other appointment, so that only the benchmark's own slots could ever overlap. */
    private static final Instant FIRST_SLOT = Instant.parse("2030-01-07T00:00:00Z");

    private static final Duration SLOT = Duration.ofMinutes(30);

    private final BenchContext bench;
    private final Seeder seeder;
    private final double[] raw;
    private final Map<Integer, Double> autosaveRates = new ConcurrentHashMap<>();
    private String clientId;

    /** raw: median single-row inserts per second at 1 and at 16 connections. */
    CommandScenarios(BenchContext bench, double[] raw) {
        this.bench = bench;
        this.seeder = new Seeder(bench, bench.owner);
        this.raw = raw;
    }

    void run() throws Exception {
        clientId = seeder.client(0);
        registerClient();
        scheduleAppointment();
        saveDraft();
        finalizeDrafts();
        amend();
    }

    private void registerClient() throws Exception {
        String url = bench.command("/api/v1/clients");
        AtomicInteger sequence = new AtomicInteger();
        measure(
                "register-client",
                caller -> bench.owner.post(url, Seeder.registerBody(sequence.incrementAndGet())) != null);
    }

    /** Every call takes the next 30-minute slot, so no call ever meets a conflict. */
    private void scheduleAppointment() throws Exception {
        AtomicLong slot = new AtomicLong();
        measure("schedule-appointment", caller -> {
            seeder.appointment(clientId, FIRST_SLOT.plus(SLOT.multipliedBy(slot.getAndIncrement())), SLOT);
            return true;
        });
    }

    /**
     * Each caller autosaves its own draft; the limit counts per (user, note), so every 50 saves the caller
     * switches to another assistant of the practice. The assistants are added through the API before the timed
     * load (a token of a user the directory does not know is refused, decision 168); should the pool run dry,
     * the next one is added inside the load.
     */
    private void saveDraft() throws Exception {
        List<String> drafts = Seeder.parallel(64, n -> () -> seeder.draft(clientId, n));
        AtomicLong[] saves = new AtomicLong[64];
        Map<Long, Http> users = new ConcurrentHashMap<>();
        Actor owner = bench.ownerActor;
        Queue<String> staff = new ConcurrentLinkedQueue<>(Seeder.parallel(STAFF_POOL, n -> seeder::assistant));
        for (int caller : CALLERS) {
            for (int i = 0; i < saves.length; i++) {
                saves[i] = new AtomicLong();
            }
            List<Map<String, Long>> behind = new ArrayList<>();
            List<LoadResult> results = rounds(
                    caller,
                    behind,
                    () -> LoadGenerator.run(caller, bench.window, id -> {
                        long n = saves[id].getAndIncrement();
                        Http user = users.computeIfAbsent(
                                id * 1_000_000L + n / AUTOSAVES_PER_USER,
                                key -> bench.as(new Actor(
                                        UserId.of(nextAssistant(staff)), owner.workspaceId(), Role.ASSISTANT)));
                        return user.patch(
                                bench.command("/api/v1/sessions/" + drafts.get(id) + "/draft"),
                                "{\"subjective\":\"" + Seeder.soapText(n) + "\"}");
                    }));
            autosaveRates.put(caller, Figures.median(results, LoadResult::perSecond));
            report("save-draft", caller, results, behind);
        }
    }

    private String nextAssistant(Queue<String> staff) {
        String id = staff.poll();
        try {
            return id != null ? id : seeder.assistant();
        } catch (Exception e) {
            throw new IllegalStateException("could not add an assistant", e);
        }
    }

    /** Each round finalizes drafts created just before it (untimed), about 1.5 windows' worth at the autosave rate. */
    private void finalizeDrafts() throws Exception {
        for (int caller : CALLERS) {
            int needed = (int) Math.max(20, autosaveRates.get(caller) * bench.window.toSeconds() * 1.5);
            List<Map<String, Long>> behind = new ArrayList<>();
            List<LoadResult> results = rounds(caller, behind, () -> {
                Queue<String> drafts =
                        new ConcurrentLinkedQueue<>(Seeder.parallel(needed, n -> () -> seeder.draft(clientId, n)));
                return LoadGenerator.run(caller, bench.window, id -> {
                    String draft = drafts.poll();
                    if (draft == null) {
                        throw new LoadGenerator.Exhausted();
                    }
                    return bench.owner.post(bench.command("/api/v1/sessions/" + draft + "/finalize"), "") != null;
                });
            });
            report("finalize", caller, results, behind);
        }
    }

    /** Amends a pool of finalized notes in turn, so that no single note grows long (growth is measured apart). */
    private void amend() throws Exception {
        List<String> notes = Seeder.parallel(AMEND_POOL, n -> () -> seeder.finalizedNote(clientId, n));
        AtomicLong sequence = new AtomicLong();
        measure("amend", caller -> {
            long n = sequence.getAndIncrement();
            String url = bench.command("/api/v1/sessions/" + notes.get((int) (n % notes.size())) + "/amend");
            return bench.owner.post(url, Seeder.amendBody(n)) != null;
        });
    }

    private void measure(String name, LoadGenerator.Operation operation) throws Exception {
        for (int caller : CALLERS) {
            List<Map<String, Long>> behind = new ArrayList<>();
            report(
                    name,
                    caller,
                    rounds(caller, behind, () -> LoadGenerator.run(caller, bench.window, operation)),
                    behind);
        }
    }

    /**
     * The rounds of one row; with more than one caller, each consumer's backlog right after each round goes into
     * {@code behind}: a rate is sustained only if the read model, the Kafka relay and the chainer kept up.
     */
    private List<LoadResult> rounds(int callers, List<Map<String, Long>> behind, BenchContext.Round round)
            throws Exception {
        return bench.repeat(() -> {
            LoadResult result = round.run();
            if (callers > 1) {
                behind.add(Backlog.of(bench.stack));
            }
            return result;
        });
    }

    /** 64 callers compare with 16 raw connections: the service's pool size. */
    private void report(String name, int callers, List<LoadResult> results, List<Map<String, Long>> behind) {
        bench.report.command(name, callers, results, callers == 1 ? raw[0] : raw[1], behind);
    }
}
