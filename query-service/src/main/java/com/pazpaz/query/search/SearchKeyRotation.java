package com.pazpaz.query.search;

import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.JobState;
import com.pazpaz.infra.jobs.JobStatus;
import com.pazpaz.infra.jobs.Jobs;
import com.pazpaz.query.isolation.EveryPractice;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates a practice's search key: adds the next generation (from then on the projection writes tokens under
 * both), fills the new generation's tokens of every client and note in batches, and then, in one transaction,
 * retires the old generation (its tokens deleted, its key destroyed). Searches use the old generation until that
 * commit, so they stay complete throughout. A run that stopped resumes where two generations are live. Each batch
 * locks its rows ({@code FOR SHARE}), so a projection changing one of them waits and re-indexes it after.
 */
@Component
class SearchKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(SearchKeyRotation.class);
    static final String JOB = "search-key-rotation";
    private static final int BATCH = 500;

    private final SearchKeys keys;
    private final RecordWords words;
    private final SearchTokenRows tokens;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final Map<UUID, JobProgress> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        // re-indexes a practice outside any request: its connections are the event processing's (decision 101)
        Thread thread = new Thread(EveryPractice.marking(r), "search-key-rotation");
        thread.setDaemon(true);
        return thread;
    });

    SearchKeyRotation(
            SearchKeys keys,
            RecordWords words,
            SearchTokenRows tokens,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Jobs jobs) {
        this.keys = keys;
        this.words = words;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jobs = jobs;
    }

    /** Starts (or resumes) the practice's rotation unless one runs here; returns its progress. */
    synchronized JobStatus start(UUID workspaceId) {
        JobProgress running = runs.get(workspaceId);
        if (running != null && running.status().state() == JobState.RUNNING) {
            return running.status();
        }
        long total = count("clients", workspaceId) + count("sessions", workspaceId);
        JobProgress progress = jobs.start(JOB, total);
        runs.put(workspaceId, progress);
        worker.submit(() -> rotate(workspaceId, progress));
        return progress.status();
    }

    /** The latest run's progress for the practice on this instance, or null. */
    JobStatus status(UUID workspaceId) {
        JobProgress progress = runs.get(workspaceId);
        return progress == null ? null : progress.status();
    }

    private void rotate(UUID workspaceId, JobProgress progress) {
        try {
            keys.ensure(workspaceId);
            List<SearchKeys.Generation> live = keys.live(workspaceId);
            SearchKeys.Generation next = live.size() > 1 ? live.get(live.size() - 1) : keys.addNext(workspaceId);
            refill("clients", workspaceId, next, progress);
            refill("sessions", workspaceId, next, progress);
            transactions.executeWithoutResult(tx -> keys.live(workspaceId).stream()
                    .filter(generation -> generation.number() < next.number())
                    .forEach(old -> keys.retire(workspaceId, old)));
            progress.complete();
            log.info("Search key of a practice rotated to generation {}", next.number());
        } catch (RuntimeException e) {
            log.error("Search key rotation failed; it resumes when started again", e);
            progress.fail(e);
        }
    }

    private void refill(String table, UUID workspaceId, SearchKeys.Generation next, JobProgress progress) {
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            List<UUID> ids = jdbc.queryForList(
                    "SELECT id FROM " + table + " WHERE workspace_id = ?" + (first ? "" : " AND id > ?")
                            + " ORDER BY id LIMIT " + BATCH,
                    UUID.class,
                    first ? new Object[] {workspaceId} : new Object[] {workspaceId, after});
            if (ids.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(tx -> {
                List<IndexedRecord> records =
                        table.equals("clients") ? words.clients(ids, true) : words.notes(ids, true);
                tokens.replace(ids, SearchTokenRows.rowsOf(records, workspaceId, List.of(next), keys), next.number());
            });
            progress.advance(ids.size());
            after = ids.get(ids.size() - 1);
            first = false;
        }
    }

    private long count(String table, UUID workspaceId) {
        // in a transaction: on the owner's request it names the owner's workspace to the row policies
        Long count = transactions.execute(tx -> jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE workspace_id = ?", Long.class, workspaceId));
        return count == null ? 0 : count;
    }
}
