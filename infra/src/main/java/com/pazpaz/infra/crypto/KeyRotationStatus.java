package com.pazpaz.infra.crypto;

import com.pazpaz.infra.jobs.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a master-key rotation stands. The counts come from the vault itself, so they are right even after a
 * restart lost the run's own state.
 *
 * @param state                   {@code idle} (never run here), {@code running}, {@code done},
 *                                {@code done with failures} (some keys did not unwrap) or {@code failed}
 * @param targetVersion           the master version keys are being re-wrapped under (the current one)
 * @param rewrapped               keys re-wrapped by this run so far
 * @param failed                  keys this run could not unwrap (altered rows); logged by label, left as they are
 * @param remaining               live keys still wrapped under another version
 * @param liveKeysByMasterVersion live data keys per master version
 * @param retirableVersions       known master versions no live key depends on, other than the current one
 */
public record KeyRotationStatus(
        String state,
        int targetVersion,
        Instant startedAt,
        Instant finishedAt,
        long rewrapped,
        long failed,
        long remaining,
        Map<Integer, Long> liveKeysByMasterVersion,
        List<Integer> retirableVersions) {

    /** The state as the API names it, from the run's {@link JobState} ({@code null}: never run here). */
    static String stateOf(JobState run, long failedKeys) {
        if (run == null) {
            return "idle";
        }
        return switch (run) {
            case RUNNING -> "running";
            case COMPLETED -> failedKeys == 0 ? "done" : "done with failures";
            case FAILED -> "failed";
        };
    }
}
