package com.pazpaz.infra.crypto;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Field encryption settings (docs/configuration.md).
 *
 * @param masterKeyFile        local stack: properties file of master keys (created on first use, owner-only)
 * @param masterKeys           otherwise: master key version to base64 of 32 bytes
 * @param currentMasterVersion the version new data keys are wrapped under (default: the highest)
 * @param keys                 static keys by label, only to read values written before per-client data keys
 * @param keyCacheTtl          how long an unwrapped data key is cached: the longest an erased key keeps working
 *                             on a service that did not itself erase it
 * @param keyCacheSize         most data keys cached per service
 * @param rotationBatchSize    data keys re-wrapped per transaction during a rotation
 */
@ConfigurationProperties("pazpaz.encryption")
public record EncryptionProperties(
        Path masterKeyFile,
        Map<Integer, String> masterKeys,
        Integer currentMasterVersion,
        Map<String, String> keys,
        @DefaultValue("30s") Duration keyCacheTtl,
        @DefaultValue("10000") long keyCacheSize,
        @DefaultValue("100") int rotationBatchSize) {

    public EncryptionProperties {
        masterKeys = masterKeys == null ? Map.of() : Map.copyOf(masterKeys);
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
