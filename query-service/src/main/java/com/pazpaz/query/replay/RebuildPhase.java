package com.pazpaz.query.replay;

import com.fasterxml.jackson.annotation.JsonValue;
import com.pazpaz.infra.jobs.JobState;
import java.util.Locale;

/** Where a read-model rebuild is: its own steps, each one a {@link JobState} of the job it runs as. */
public enum RebuildPhase {
    IDLE(null),
    BUILDING(JobState.RUNNING),
    /** The shadow tables' indexes and constraints are being built. */
    INDEXING(JobState.RUNNING),
    SWAPPING(JobState.RUNNING),
    DONE(JobState.COMPLETED),
    FAILED(JobState.FAILED);

    private final JobState job;

    RebuildPhase(JobState job) {
        this.job = job;
    }

    /** The job's state, {@code null} before the first rebuild in this process. */
    public JobState job() {
        return job;
    }

    /** As the API names it: {@code building}, {@code done}, ... */
    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
