package com.pazpaz.command.session;

import com.pazpaz.command.common.CommandSweep;
import com.pazpaz.command.common.ExclusiveRun;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.session.PurgeReason;
import com.pazpaz.kernel.session.PurgeSessionCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R-DEL-7: erases notes whose grace period is over. Safe on several instances: a run holds a PostgreSQL
 * advisory lock, so only one instance works at a time and the others skip; even without it, the event store's
 * optimistic lock would let only one purge of a note succeed. One failing note does not stop the others.
 */
@Component
public class SessionPurgeJob {

    /** The advisory lock key: any fixed number unique among this database's advisory locks. */
    static final long LOCK_KEY = 0x5e55_1011_9a26L;

    private static final Logger log = LoggerFactory.getLogger(SessionPurgeJob.class);

    private final SessionDirectory directory;
    private final CommandSweep sweep;
    private final ExclusiveRun exclusive;
    private final Clock clock;
    private final int batchSize;

    SessionPurgeJob(
            SessionDirectory directory,
            CommandSweep sweep,
            ExclusiveRun exclusive,
            Clock clock,
            SessionProperties properties) {
        this.directory = directory;
        this.sweep = sweep;
        this.exclusive = exclusive;
        this.clock = clock;
        this.batchSize = properties.purgeBatchSize();
    }

    @Scheduled(cron = "${pazpaz.sessions.purge-cron:0 0 2 * * *}", zone = "UTC")
    void runOnSchedule() {
        purgeExpired(clock.instant());
    }

    /** Purges every note whose grace period ended before {@code now}; public so tests can move time on. */
    public PurgeReport purgeExpired(Instant now) {
        return exclusive.alone(LOCK_KEY, () -> purgeWhileLocked(now)).orElseGet(() -> {
            log.info("Session purge skipped: another instance is running it");
            return new PurgeReport(now, false, List.of(), List.of());
        });
    }

    private PurgeReport purgeWhileLocked(Instant now) {
        List<SessionDirectory.ExpiredNote> expired = directory.expiredBefore(now, batchSize);
        CommandSweep.Outcome outcome = sweep.run(
                "session-purge",
                expired,
                note -> note.sessionId().value(),
                note -> GenericCommandMessage.asCommandMessage(new PurgeSessionCommand(
                                note.sessionId(), note.workspaceId(), PurgeReason.GRACE_PERIOD_EXPIRED, now, null))
                        .andMetaData(Map.of(
                                MetadataKeys.WORKSPACE_ID, note.workspaceId().toString())));
        log.info(
                "Session purge as of {}: {} purged, {} failed",
                now,
                outcome.done().size(),
                outcome.failed().size());
        return new PurgeReport(now, true, outcome.done(), outcome.failed());
    }

    /**
     * What a run did.
     *
     * @param ran    false when another instance held the lock and this run did nothing
     * @param purged ids of the notes purged
     * @param failed ids of the notes that could not be purged (retried next run)
     */
    public record PurgeReport(Instant asOf, boolean ran, List<String> purged, List<String> failed) {}
}
