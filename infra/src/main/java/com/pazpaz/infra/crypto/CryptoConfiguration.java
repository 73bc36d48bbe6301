package com.pazpaz.infra.crypto;

import com.pazpaz.infra.jobs.Jobs;
import com.pazpaz.infra.observability.KeyCacheMetrics;
import com.pazpaz.infra.schema.SchemaOwner;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The field cipher, the key vault and the master keys that wrap its data keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
public class CryptoConfiguration {

    private static final Pattern STATIC_LABEL = Pattern.compile("[a-ce-z][a-z0-9]{0,8}");

    /** Both services migrate the key vault as its owner, after the event store (which creates the roles). */
    @Bean(initMethod = "migrate")
    Flyway keyVaultMigration(SchemaOwner owner, Flyway eventStoreMigration) {
        return owner.migration("key_vault", "key-vault");
    }

    /** Off when a deployment declares its own provider (a key service) and sets {@code external-master-keys}. */
    @Bean
    @ConditionalOnProperty(
            name = "pazpaz.encryption.external-master-keys",
            havingValue = "false",
            matchIfMissing = true)
    MasterKeyProvider masterKeyProvider(EncryptionProperties properties) {
        if (properties.masterKeyFile() != null) {
            return new MasterKeyFile(properties.masterKeyFile());
        }
        return new ConfiguredMasterKeys(properties.masterKeys(), properties.currentMasterVersion());
    }

    @Bean
    KeyVault keyVault(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Flyway keyVaultMigration) {
        return new KeyVault(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    VaultKeyRing keyRing(
            KeyVault vault,
            MasterKeyProvider masterKeys,
            EncryptionProperties properties,
            ObjectProvider<KeyCacheMetrics> metrics) {
        KeyCacheMetrics meters = metrics.getIfAvailable();
        KeyCacheListener listener = meters == null
                ? KeyCacheListener.NONE
                : new KeyCacheListener() {
                    @Override
                    public void hit() {
                        meters.hit();
                    }

                    @Override
                    public void miss() {
                        meters.miss();
                    }
                };
        VaultKeyRing ring = new VaultKeyRing(
                vault,
                masterKeys,
                staticKeys(properties),
                properties.keyCacheTtl(),
                properties.keyCacheSize(),
                listener);
        if (meters != null) {
            meters.reportSize(ring::cachedKeys);
        }
        return ring;
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keyRing) {
        return new AesGcmFieldCipher(keyRing);
    }

    @Bean(destroyMethod = "close")
    KeyRotation keyRotation(
            KeyVault vault, MasterKeyProvider masterKeys, EncryptionProperties properties, ObjectProvider<Jobs> jobs) {
        return new KeyRotation(
                vault, masterKeys, properties.rotationBatchSize(), Clock.systemUTC(), jobs.getIfAvailable());
    }

    private static Map<String, SecretKey> staticKeys(EncryptionProperties properties) {
        Map<String, SecretKey> keys = new TreeMap<>();
        properties.keys().forEach((label, base64) -> {
            if (!STATIC_LABEL.matcher(label).matches()) {
                throw new IllegalStateException("Static key label must be 1..9 lower-case letters or digits,"
                        + " not starting with d (data keys' labels): " + label);
            }
            keys.put(label, Gcm.decodeKey(label, base64));
        });
        return keys;
    }
}
