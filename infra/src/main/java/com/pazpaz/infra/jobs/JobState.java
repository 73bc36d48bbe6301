package com.pazpaz.infra.jobs;

/** Where a job run is in its life. */
public enum JobState {
    RUNNING,
    COMPLETED,
    FAILED
}
