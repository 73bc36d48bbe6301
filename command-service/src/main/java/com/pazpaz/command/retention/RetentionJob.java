package com.pazpaz.command.retention;

import com.pazpaz.command.common.CommandSweep;
import com.pazpaz.command.common.ExclusiveRun;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.client.EraseClientCommand;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases (crypto-shreds) archived clients whose retention period has ended since their last activity. The
 * erasure is an ordinary {@code ClientErased} event: the audit trail, ids and times stay; only the keys go.
 * Runs daily, on one instance at a time, and reports its progress like every long job.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionJob {

    /** Advisory lock key of this job: any fixed number unique among the database's advisory locks. */
    static final long LOCK_KEY = 0x7e7e_4710_0c11L;

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ClientRetentionClock retention;
    private final CommandSweep sweep;
    private final ExclusiveRun exclusive;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(
            ClientRetentionClock retention,
            CommandSweep sweep,
            ExclusiveRun exclusive,
            RetentionProperties properties,
            Clock clock) {
        this.retention = retention;
        this.sweep = sweep;
        this.exclusive = exclusive;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${pazpaz.retention.cron:0 30 3 * * *}", zone = "UTC")
    void runOnSchedule() {
        eraseExpired(clock.instant());
    }

    /** Erases every client due as of {@code now}; public so tests and operators can move time on. */
    public RetentionReport eraseExpired(Instant now) {
        return exclusive
                .alone(LOCK_KEY, () -> eraseWhileLocked(now))
                .orElseGet(() -> new RetentionReport(now, false, List.of(), List.of()));
    }

    private RetentionReport eraseWhileLocked(Instant now) {
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.period()).toInstant();
        List<ClientRetentionClock.DueClient> due = retention.dueBefore(cutoff, properties.batchSize());
        CommandSweep.Outcome outcome = sweep.run(
                "retention-erasure",
                due,
                ClientRetentionClock.DueClient::clientId,
                client -> GenericCommandMessage.asCommandMessage(new EraseClientCommand(
                                ClientId.of(client.clientId()), WorkspaceId.of(client.workspaceId()), now))
                        .andMetaData(Map.of(
                                MetadataKeys.WORKSPACE_ID,
                                client.workspaceId().toString(),
                                MetadataKeys.USER_AGENT,
                                "pazpaz-retention-job")));
        log.info(
                "Retention as of {} (period {}): {} clients erased, {} failed",
                now,
                properties.period(),
                outcome.done().size(),
                outcome.failed().size());
        return new RetentionReport(now, true, outcome.done(), outcome.failed());
    }

    /**
     * What a run did.
     *
     * @param ran    false when another instance held the lock
     * @param erased ids of the clients erased
     * @param failed ids of the clients that could not be erased (tried again next run)
     */
    public record RetentionReport(Instant asOf, boolean ran, List<String> erased, List<String> failed) {}
}
