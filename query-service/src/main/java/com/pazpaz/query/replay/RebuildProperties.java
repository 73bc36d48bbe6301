package com.pazpaz.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a read-model rebuild reads and writes (docs/replay.md).
 *
 * @param batchSize events applied per transaction of the rebuild: each batch's rows of a table are one statement
 * @param readAhead batches read and deserialised ahead of the writer; bounds the events held in memory to
 *                  {@code batchSize × (readAhead + 1)}
 */
@ConfigurationProperties("pazpaz.read-model.rebuild")
public record RebuildProperties(
        @DefaultValue("2000") int batchSize,
        @DefaultValue("3") int readAhead) {

    public RebuildProperties {
        if (batchSize < 1 || readAhead < 1) {
            throw new IllegalArgumentException("batch size and read-ahead must be positive");
        }
    }
}
