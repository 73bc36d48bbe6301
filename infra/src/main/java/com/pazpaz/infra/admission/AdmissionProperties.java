package com.pazpaz.infra.admission;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How commands are admitted (decision 294).
 *
 * @param enabled          whether commands go through admission at all
 * @param maxConcurrent    commands executing at once in this instance; 0 means twice the available processors
 * @param queueTimeout     how long a command waits for its turn before it is refused with 503 and
 *                         {@code Retry-After} (nothing was changed)
 * @param maxEventsBehind  a command waits while a watched processor is more than this many events behind the
 *                         newest stored event and catching up; 0 turns the wait off
 * @param maxHold          the longest a command waits for the pipeline; then it executes anyway (a slow
 *                         pipeline slows commands down, it never refuses them)
 * @param stalledAfter     a processor whose position has not moved for this long is stalled (its database or
 *                         broker away, its instance stopped): commands no longer wait for it, the health
 *                         endpoint reports it
 * @param sampleInterval   how old the last reading of the processors' positions may be
 * @param processors       the tracking processors whose distance holds commands back
 */
@ConfigurationProperties("pazpaz.admission")
public record AdmissionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue("5s") Duration queueTimeout,
        @DefaultValue("8") long maxEventsBehind,
        @DefaultValue("250ms") Duration maxHold,
        @DefaultValue("1s") Duration stalledAfter,
        @DefaultValue("5ms") Duration sampleInterval,
        @DefaultValue({"read-model", "kafka-publisher"}) List<String> processors) {

    /** The configured concurrency, or twice the processors this JVM may use. */
    int concurrency() {
        return maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
    }
}
