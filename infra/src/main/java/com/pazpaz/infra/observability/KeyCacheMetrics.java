package com.pazpaz.infra.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * The hook through which a key cache reports itself: {@code pazpaz.crypto.key.cache.requests{result=hit|miss}}
 * and, once {@link #reportSize} is called, {@code pazpaz.crypto.key.cache.size}. Labels never name a key or
 * its owner: a key owner is a client id.
 */
public class KeyCacheMetrics {

    static final String REQUESTS = "pazpaz.crypto.key.cache.requests";
    static final String SIZE = "pazpaz.crypto.key.cache.size";

    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter misses;

    KeyCacheMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.hits = requests(registry, "hit");
        this.misses = requests(registry, "miss");
    }

    /** A key was found in the cache. */
    public void hit() {
        hits.increment();
    }

    /** A key had to be loaded (and unwrapped) because the cache did not hold it. */
    public void miss() {
        misses.increment();
    }

    /** Publishes the number of cached keys, read from the cache whenever metrics are scraped. */
    public void reportSize(Supplier<Number> size) {
        Gauge.builder(SIZE, size, s -> s.get().doubleValue())
                .description("Data keys held in the key cache")
                .register(registry);
    }

    private static Counter requests(MeterRegistry registry, String result) {
        return Counter.builder(REQUESTS)
                .description("Key look-ups of the field cipher, by whether the key cache held the key")
                .tag("result", result)
                .register(registry);
    }
}
