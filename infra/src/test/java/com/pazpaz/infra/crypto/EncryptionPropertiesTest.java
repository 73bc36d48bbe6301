package com.pazpaz.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Master keys given as environment variables, as a container platform passes secrets. */
class EncryptionPropertiesTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, 32
    });

    @Test
    void masterKeysBindFromEnvironmentVariablesAndTheHighestIsCurrent() {
        EncryptionProperties properties = bind(Map.of(
                "PAZPAZ_ENCRYPTION_MASTERKEYS_1", KEY_1,
                "PAZPAZ_ENCRYPTION_MASTERKEYS_2", KEY_2,
                "PAZPAZ_ENCRYPTION_KEYCACHETTL", "10s"));

        ConfiguredMasterKeys keys =
                new ConfiguredMasterKeys(properties.masterKeys(), properties.currentMasterVersion());

        assertThat(keys.versions()).containsExactly(1, 2);
        assertThat(keys.current().version()).isEqualTo(2);
        assertThat(properties.keyCacheTtl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.rotationBatchSize()).isEqualTo(100);
    }

    @Test
    void aCurrentVersionMayBeChosenExplicitly() {
        EncryptionProperties properties = bind(Map.of(
                "PAZPAZ_ENCRYPTION_MASTERKEYS_1", KEY_1,
                "PAZPAZ_ENCRYPTION_MASTERKEYS_2", KEY_2,
                "PAZPAZ_ENCRYPTION_CURRENTMASTERVERSION", "1"));

        assertThat(new ConfiguredMasterKeys(properties.masterKeys(), properties.currentMasterVersion())
                        .current()
                        .version())
                .isEqualTo(1);
    }

    private static EncryptionProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("pazpaz.encryption", EncryptionProperties.class);
    }
}
