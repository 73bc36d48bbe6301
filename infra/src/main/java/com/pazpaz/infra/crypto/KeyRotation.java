package com.pazpaz.infra.crypto;

import com.pazpaz.infra.jobs.JobProgress;
import com.pazpaz.infra.jobs.JobState;
import com.pazpaz.infra.jobs.Jobs;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Master-key rotation: makes a new master version current (when the provider can create one), then re-wraps
 * every live data key under it in small batches on a background thread. Data keys themselves do not change,
 * so no value and no event is rewritten, and reads and writes go on meanwhile: a key is readable under its old
 * version until its row is re-wrapped, and under the new one afterwards.
 */
public class KeyRotation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final KeyVault vault;
    private final MasterKeyProvider masterKeys;
    private final int batchSize;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "key-rotation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong rewrapped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** Null until a rotation ran in this process. */
    private JobState state;

    private int targetVersion;
    private Instant startedAt;
    private Instant finishedAt;

    private final Jobs jobs;
    private JobProgress progress;

    KeyRotation(KeyVault vault, MasterKeyProvider masterKeys, int batchSize, Clock clock) {
        this(vault, masterKeys, batchSize, clock, null);
    }

    /** With {@code jobs} (nullable), progress is also logged, metered and listed like every long job. */
    KeyRotation(KeyVault vault, MasterKeyProvider masterKeys, int batchSize, Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.vault = vault;
        this.masterKeys = masterKeys;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * Starts a rotation unless one is running. With {@code newVersion}, the provider first creates a new
     * current master version; otherwise keys are re-wrapped under the version configuration made current.
     */
    public synchronized KeyRotationStatus start(boolean newVersion) {
        if (state == JobState.RUNNING) {
            return status();
        }
        if (newVersion && !masterKeys.createNextVersion()) {
            throw new UnsupportedOperationException(
                    "This master key provider cannot create versions: add one to its configuration instead");
        }
        targetVersion = masterKeys.current().version();
        state = JobState.RUNNING;
        startedAt = clock.instant();
        finishedAt = null;
        rewrapped.set(0);
        failed.set(0);
        log.info("Key rotation started: re-wrapping data keys under master key version {}", targetVersion);
        progress = jobs == null ? null : jobs.start("key-rotation", status().remaining());
        worker.execute(this::rewrapAll);
        return status();
    }

    public synchronized KeyRotationStatus status() {
        Map<Integer, Long> live = vault.liveKeysByMasterVersion();
        int target = targetVersion != 0 ? targetVersion : masterKeys.current().version();
        long remaining = live.entrySet().stream()
                .filter(e -> e.getKey() != target)
                .mapToLong(Map.Entry::getValue)
                .sum();
        int current = masterKeys.current().version();
        List<Integer> retirable = masterKeys.versions().stream()
                .filter(v -> v != current && !live.containsKey(v))
                .toList();
        return new KeyRotationStatus(
                KeyRotationStatus.stateOf(state, failed.get()),
                target,
                startedAt,
                finishedAt,
                rewrapped.get(),
                failed.get(),
                remaining,
                live,
                retirable);
    }

    /** Forgets a master version once no live data key is wrapped under it. */
    public synchronized boolean retire(int version) {
        if (!status().retirableVersions().contains(version)) {
            throw new IllegalStateException(
                    "Master key version " + version + " is current, unknown, or still wraps data keys");
        }
        boolean retired = masterKeys.retire(version);
        if (retired) {
            log.info("Master key version {} retired", version);
        }
        return retired;
    }

    private void rewrapAll() {
        try {
            MasterKey target = masterKeys.version(targetVersion).orElseThrow();
            KeyVault.RewrapBatch batch = new KeyVault.RewrapBatch(0, 0, 0);
            do {
                batch = vault.rewrapBatch(targetVersion, batch.lastId(), batchSize, key -> rewrap(key, target));
                long total = rewrapped.addAndGet(batch.rewrapped());
                if (progress != null) {
                    progress.advance(batch.examined());
                }
                if (batch.examined() > 0) {
                    log.info("Key rotation to master key version {}: {} data keys re-wrapped", targetVersion, total);
                }
            } while (batch.examined() > 0);
            finish(JobState.COMPLETED);
        } catch (RuntimeException e) {
            log.error(
                    "Key rotation to master key version {} failed after {} keys; start it again to resume",
                    targetVersion,
                    rewrapped.get(),
                    e);
            finish(JobState.FAILED);
        }
    }

    private synchronized void finish(JobState outcome) {
        if (progress != null) {
            progress.complete();
        }
        state = outcome;
        finishedAt = clock.instant();
        log.info(
                "Key rotation to master key version {} {}: {} data keys re-wrapped, {} could not be",
                targetVersion,
                KeyRotationStatus.stateOf(outcome, failed.get()),
                rewrapped.get(),
                failed.get());
    }

    /** A key that does not unwrap (altered row, unknown version) is left as it is and counted, not fatal. */
    private Optional<StoredDataKey> rewrap(StoredDataKey key, MasterKey target) {
        try {
            MasterKey old = masterKeys
                    .version(key.masterVersion())
                    .orElseThrow(() -> new IllegalStateException(
                            "master key version " + key.masterVersion() + " is not configured"));
            byte[] wrapped = KeyWrapper.wrap(
                    target, key.id(), key.owner(), KeyWrapper.unwrap(old, key.id(), key.owner(), key.wrapped()));
            return Optional.of(new StoredDataKey(key.id(), key.owner(), key.parent(), target.version(), wrapped));
        } catch (IllegalStateException e) {
            failed.incrementAndGet();
            log.error("Key rotation skips data key {}: {}", key.label(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
