package com.pazpaz.command.series;

import com.pazpaz.command.common.ExclusiveRun;
import com.pazpaz.command.series.SeriesDirectory.Series;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every open series booked {@link SeriesBooking#HORIZON} ahead: an open-ended weekly series would otherwise
 * need unbounded rows. Runs every six hours, on one command-service instance at a time (advisory lock), so the
 * horizon never falls more than a few hours short of 12 months. Occurrences that collide with an appointment
 * booked meanwhile are skipped and recorded in the extension event.
 */
@Component
public class SeriesHorizonJob {

    /** Advisory lock key of this job: any fixed number unique among the database's advisory locks. */
    static final long LOCK_KEY = 0x5e71_e5a0_0f15L;
    /** How many series one run extends at most; the rest wait for the next run. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(SeriesHorizonJob.class);

    private final SeriesDirectory directory;
    private final SeriesBooking booking;
    private final ExclusiveRun exclusive;
    private final Clock clock;

    SeriesHorizonJob(SeriesDirectory directory, SeriesBooking booking, ExclusiveRun exclusive, Clock clock) {
        this.directory = directory;
        this.booking = booking;
        this.exclusive = exclusive;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 6, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    void runOnSchedule() {
        extendAll(clock.instant());
    }

    /** Extends every open series short of {@code now + HORIZON}; public so tests and operators can move time on. */
    public List<String> extendAll(Instant now) {
        return exclusive.alone(LOCK_KEY, () -> extendWhileLocked(now)).orElse(List.of());
    }

    private List<String> extendWhileLocked(Instant now) {
        List<String> extended = new ArrayList<>();
        for (Series series : directory.shortOf(now.plus(SeriesBooking.HORIZON), BATCH)) {
            try {
                booking.extend(
                        series,
                        now,
                        command -> GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(Map.of(
                                        MetadataKeys.WORKSPACE_ID,
                                        series.workspaceId().toString(),
                                        MetadataKeys.USER_AGENT,
                                        "pazpaz-series-horizon-job")));
                extended.add(series.id().toString());
            } catch (BusinessRuleViolation conflict) {
                // a slot was claimed while we booked: the next run plans again around it
                log.info("Series {} not extended this run: {}", series.id(), conflict.getMessage());
            }
        }
        log.info("Series horizon as of {}: {} series extended", now, extended.size());
        return extended;
    }
}
