package com.pazpaz.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Decision 183's rule on the settings: a gap is waited for longer than any append can stay open, twice over. */
class EventStorePropertiesTest {

    @Test
    void theDefaultsKeepTheGapTimeoutAboveTwiceTheAppendBound() {
        EventStoreProperties defaults = bind(Map.of());
        assertThat(defaults.gapTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.appendTransactionTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aGapTimeoutShorterThanTwiceTheAppendBoundPlusSkewIsRefused() {
        assertThatThrownBy(() -> new EventStoreProperties(
                        "event_store", Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pazpaz.event-store.gap-timeout");
    }

    private static EventStoreProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("pazpaz.event-store", EventStoreProperties.class);
    }
}
