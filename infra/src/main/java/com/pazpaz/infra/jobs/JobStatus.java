package com.pazpaz.infra.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job run as the status endpoint shows it.
 *
 * @param id            this run
 * @param name          the kind of job ({@code key-rotation}, {@code replay}, ...)
 * @param done          items done so far
 * @param total         items in all, null while unknown
 * @param ratePerSecond average items per second since the start
 * @param etaSeconds    estimated seconds left; null when finished or not computable
 * @param failure       the type of the error a failed run stopped on
 */
public record JobStatus(
        UUID id,
        String name,
        JobState state,
        long done,
        Long total,
        double ratePerSecond,
        Long etaSeconds,
        Instant startedAt,
        Instant finishedAt,
        String failure) {}
