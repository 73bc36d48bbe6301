package com.pazpaz.infra.eventstore.chain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event chain (docs/audit.md).
 *
 * @param window       how long a committed event may wait for its link before the verifier calls it an error
 *                     ({@code UNCHAINED}) instead of pending; the chainer links events within milliseconds, the
 *                     window covers a failover to a standing-by instance
 * @param batchSize    events the chainer links per transaction
 * @param pollInterval how often the chainer looks for events committed by other processes (those committed by
 *                     its own process wake it at once)
 * @param standbyRetry how often a standing-by instance tries to become the chainer
 * @param gather       how long the chainer waits after being woken before it links, so that the commits of
 *                     concurrent commands share one call and one commit (decision 293); the chain, and the
 *                     notification other processes' streams wait for, come this much later
 */
@ConfigurationProperties("pazpaz.event-chain")
public record EventChainProperties(
        @DefaultValue("60s") Duration window,
        @DefaultValue("500") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration standbyRetry,
        @DefaultValue("5ms") Duration gather) {}
