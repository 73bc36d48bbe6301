package com.pazpaz.query.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Read-your-writes settings.
 *
 * @param maxWait    how long a query with {@code X-Consistency-Position} may wait for the projection (504 after)
 * @param maxWaiters how many queries of this instance may wait at once; one more is answered 503 at once, so that
 *                   waiting requests cannot hold every request thread
 */
@ConfigurationProperties("pazpaz.consistency")
public record ConsistencyProperties(
        @DefaultValue("5s") Duration maxWait,
        @DefaultValue("64") int maxWaiters) {}
