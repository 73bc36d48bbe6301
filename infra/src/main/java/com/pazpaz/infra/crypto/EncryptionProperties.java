package com.pazpaz.infra.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Field encryption keys from configuration.
 *
 * @param currentKey label of the key new values are written with
 * @param keys       label to base64-encoded 32-byte key; older labels stay so that old values remain readable
 */
@ConfigurationProperties("pazpaz.encryption")
public record EncryptionProperties(String currentKey, Map<String, String> keys) {
}
