package com.pazpaz.command.session;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings of clinical notes, the scheduler that runs the purge job, and when a note is snapshotted. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
@EnableScheduling
class SessionConfiguration {

    /** The bean named by {@link Session}'s {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    static final String SNAPSHOT_TRIGGER = "sessionSnapshotTrigger";

    /**
     * A long-amended note would otherwise replay every amendment on each command (docs/benchmarks/README.md,
     * "Growth"). The snapshot holds the aggregate's state, which is ciphertext only (docs/encryption.md).
     */
    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition sessionSnapshotTrigger(Snapshotter snapshotter, SessionProperties properties) {
        return properties.snapshotThreshold() > 0
                ? new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold())
                : NoSnapshotTriggerDefinition.INSTANCE;
    }
}
