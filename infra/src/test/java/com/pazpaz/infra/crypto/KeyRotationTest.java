package com.pazpaz.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-wrapping every data key under a new master version while keys are created and values written and read. */
class KeyRotationTest {

    @TempDir
    Path directory;

    @Test
    void writesAndReadsKeepWorkingDuringARotationAndNothingIsLeftUnderTheOldVersion() throws Exception {
        KeyVaultFixture fixture = new KeyVaultFixture(directory.resolve("master-keys.properties"));
        Map<UUID, Written> written = new ConcurrentHashMap<>();
        FieldCipher writer = new AesGcmFieldCipher(fixture.ring(Duration.ofMinutes(1)));
        for (int i = 0; i < 300; i++) {
            write(fixture.ring(Duration.ofMinutes(1)), writer, written, "before " + i);
        }
        KeyRotation rotation = new KeyRotation(fixture.vault, fixture.masterKeys, 7, Clock.systemUTC());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            // a cache of 1 ms: every read unwraps the key from the vault, under whichever version it has now
            VaultKeyRing reader = fixture.ring(Duration.ofMillis(1));
            FieldCipher reading = new AesGcmFieldCipher(reader);
            int i = 0;
            while (running.get()) {
                try {
                    write(reader, reading, written, "during " + i++);
                    written.forEach((owner, value) -> check(reading, owner, value));
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        });
        load.start();

        assertThat(rotation.start(true).targetVersion()).isEqualTo(2);
        KeyRotationStatus status = awaitDone(rotation);
        running.set(false);
        load.join();

        assertThat(failures).isEmpty();
        assertThat(status.state()).isEqualTo("done");
        assertThat(status.remaining()).isZero();
        assertThat(status.liveKeysByMasterVersion()).containsOnlyKeys(2);
        assertThat(status.retirableVersions()).containsExactly(1);
        assertThat(rotation.retire(1)).isTrue();
        assertThat(fixture.masterKeys.versions()).containsExactly(2);
        FieldCipher afterwards = new AesGcmFieldCipher(fixture.ring(Duration.ofMinutes(1)));
        written.forEach((owner, value) -> check(afterwards, owner, value));
        assertThat(written.size()).isGreaterThan(300);
        rotation.close();
    }

    @Test
    void aKeyThatDoesNotUnwrapIsSkippedCountedAndKeepsItsVersionInUse() throws Exception {
        KeyVaultFixture fixture = new KeyVaultFixture(directory.resolve("master-keys.properties"));
        VaultKeyRing ring = fixture.ring(Duration.ofMinutes(1));
        UUID victim = UUID.randomUUID();
        UUID tampered = UUID.randomUUID();
        ring.createFor(victim, null);
        ring.createFor(tampered, null);
        ring.createFor(UUID.randomUUID(), null);
        fixture.jdbc.update(
                "UPDATE key_vault.data_keys SET wrapped = (SELECT wrapped FROM key_vault.data_keys"
                        + " WHERE owner_id = ?) WHERE owner_id = ?",
                victim,
                tampered);
        KeyRotation rotation = new KeyRotation(fixture.vault, fixture.masterKeys, 1, Clock.systemUTC());

        rotation.start(true);
        KeyRotationStatus status = awaitDone(rotation);

        assertThat(status.state()).isEqualTo("done with failures");
        assertThat(status.rewrapped()).isEqualTo(2);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.remaining()).isEqualTo(1);
        assertThat(status.retirableVersions()).isEmpty();
        rotation.close();
    }

    @Test
    void theCurrentVersionAndVersionsStillInUseAreNeverRetired() {
        KeyVaultFixture fixture = new KeyVaultFixture(directory.resolve("master-keys.properties"));
        fixture.ring(Duration.ofMinutes(1)).createFor(UUID.randomUUID(), null);
        KeyRotation rotation = new KeyRotation(fixture.vault, fixture.masterKeys, 10, Clock.systemUTC());
        assertThatThrownBy(() -> rotation.retire(1)).isInstanceOf(IllegalStateException.class);
        fixture.masterKeys.createNextVersion();
        assertThatThrownBy(() -> rotation.retire(1)).hasMessageContaining("still wraps data keys");
        rotation.close();
    }

    @Test
    void configuredMasterKeysCannotCreateVersionsThemselves() {
        KeyVaultFixture fixture = new KeyVaultFixture(directory.resolve("unused.properties"));
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        KeyRotation rotation =
                new KeyRotation(fixture.vault, new ConfiguredMasterKeys(Map.of(1, key), null), 10, Clock.systemUTC());
        assertThatThrownBy(() -> rotation.start(true)).isInstanceOf(UnsupportedOperationException.class);
        rotation.close();
    }

    private static void write(VaultKeyRing ring, FieldCipher cipher, Map<UUID, Written> written, String text) {
        UUID owner = UUID.randomUUID();
        ring.createFor(owner, null);
        Written value = new Written(text, cipher.encrypt(text, VaultKeyRingTest.binding(owner)));
        check(cipher, owner, value);
        written.put(owner, value);
    }

    private static void check(FieldCipher cipher, UUID owner, Written written) {
        if (!written.text().equals(cipher.decrypt(written.value(), VaultKeyRingTest.binding(owner)))) {
            throw new IllegalStateException("decrypted to another text");
        }
    }

    private record Written(String text, EncryptedValue value) {}

    private static KeyRotationStatus awaitDone(KeyRotation rotation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        KeyRotationStatus status = rotation.status();
        while ("running".equals(status.state()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = rotation.status();
        }
        return status;
    }
}
