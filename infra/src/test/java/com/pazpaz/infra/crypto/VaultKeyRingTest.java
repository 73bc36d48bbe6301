package com.pazpaz.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-owner data keys in the key vault of a real PostgreSQL. */
class VaultKeyRingTest {

    @TempDir
    static Path directory;

    private static KeyVaultFixture fixture;

    private static synchronized KeyVaultFixture fixture() {
        if (fixture == null) {
            fixture = new KeyVaultFixture(directory.resolve("master-keys.properties"));
        }
        return fixture;
    }

    private final VaultKeyRing ring = fixture().ring(Duration.ofMinutes(1));
    private final FieldCipher cipher = new AesGcmFieldCipher(ring);

    @Test
    void theMasterKeyFileIsCreatedReadableByItsOwnerOnly() throws Exception {
        fixture();
        Path file = directory.resolve("master-keys.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void eachOwnerGetsItsOwnKeyWithAShortLabel() {
        UUID dana = UUID.randomUUID();
        UUID noa = UUID.randomUUID();
        String danaLabel = ring.createFor(dana, null);
        assertThat(danaLabel).matches("d[0-9a-z]{1,8}");
        assertThat(ring.createFor(noa, null)).isNotEqualTo(danaLabel);
        assertThat(ring.createFor(dana, null))
                .as("creating again changes nothing")
                .isEqualTo(danaLabel);
        assertThat(cipher.encrypt("Dana", binding(dana)).keyLabel()).isEqualTo(danaLabel);
    }

    @Test
    void theVaultHoldsOnlyWrappedKeys() {
        UUID owner = UUID.randomUUID();
        ring.createFor(owner, null);
        byte[] raw = ring.currentKeyFor(owner).key().getEncoded();
        byte[] wrapped = fixture()
                .jdbc
                .queryForObject("SELECT wrapped FROM key_vault.data_keys WHERE owner_id = ?", byte[].class, owner);
        assertThat(wrapped).hasSize(12 + 32 + 16);
        assertThat(new String(wrapped, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void anotherServiceReadsWhatOneWrote() {
        UUID owner = UUID.randomUUID();
        ring.createFor(owner, null);
        EncryptedValue stored = cipher.encrypt("שלום 🙂", binding(owner));
        FieldCipher elsewhere = new AesGcmFieldCipher(fixture().ring(Duration.ofMinutes(1)));
        assertThat(elsewhere.decrypt(stored, binding(owner))).isEqualTo("שלום 🙂");
    }

    @Test
    void aPageOfValuesOfManyOwnersIsReadWithTheirKeysFetchedAtOnce() {
        List<UUID> owners = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        owners.forEach(owner -> ring.createFor(owner, null));
        List<EncryptedValue> page = owners.stream()
                .map(owner -> cipher.encrypt("Dana " + owner, binding(owner)))
                .toList();
        ring.destroy(owners.get(2));
        VaultKeyRing readerRing = fixture().ring(Duration.ofMinutes(1));
        FieldCipher reader = new AesGcmFieldCipher(readerRing);

        reader.prefetchKeys(new java.util.ArrayList<>(java.util.Arrays.asList(
                page.get(0),
                page.get(1),
                page.get(2),
                null,
                EncryptedValue.of("static-key:xyz".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))));

        assertThat(readerRing.cachedKeys())
                .as("one look-up brought all three, the destroyed one as destroyed")
                .isEqualTo(3);
        assertThat(reader.decrypt(page.get(0), binding(owners.get(0)))).isEqualTo("Dana " + owners.get(0));
        assertThat(reader.decrypt(page.get(1), binding(owners.get(1)))).isEqualTo("Dana " + owners.get(1));
        assertThatThrownBy(() -> reader.decrypt(page.get(2), binding(owners.get(2))))
                .isInstanceOf(KeyDestroyedException.class);
    }

    @Test
    void anOwnerWithoutAKeyCannotBeWrittenFor() {
        assertThatThrownBy(() -> ring.currentKeyFor(UUID.randomUUID())).isInstanceOf(NoDataKeyException.class);
    }

    @Test
    void destroyingAnOwnerDestroysItsKeyAndTheKeysOfItsChildren() {
        UUID client = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        ring.createFor(client, null);
        ring.createFor(note, client);
        EncryptedValue name = cipher.encrypt("Dana", binding(client));
        EncryptedValue soap = cipher.encrypt("Shoulder pain", binding(note));

        assertThat(ring.destroy(client)).isEqualTo(2);

        assertThatThrownBy(() -> cipher.decrypt(name, binding(client))).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> cipher.decrypt(soap, binding(note))).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> ring.currentKeyFor(client)).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> ring.createFor(client, null)).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> ring.createFor(UUID.randomUUID(), client))
                .as("nothing new under an erased client")
                .isInstanceOf(KeyDestroyedException.class);
        assertThat(ring.destroy(client)).as("destroying again changes nothing").isZero();
        assertThat(fixture()
                        .jdbc
                        .queryForObject(
                                "SELECT count(*) FROM key_vault.data_keys"
                                        + " WHERE owner_id IN (?, ?) AND wrapped IS NULL AND destroyed_at IS NOT NULL",
                                Long.class,
                                client,
                                note))
                .isEqualTo(2);
    }

    @Test
    void aSingleNoteCanBeDestroyedWithoutItsClient() {
        UUID client = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        ring.createFor(client, null);
        ring.createFor(note, client);
        EncryptedValue name = cipher.encrypt("Dana", binding(client));
        EncryptedValue soap = cipher.encrypt("Wrong file", binding(note));

        ring.destroy(note);

        assertThat(cipher.decrypt(name, binding(client))).isEqualTo("Dana");
        assertThatThrownBy(() -> cipher.decrypt(soap, binding(note))).isInstanceOf(KeyDestroyedException.class);
    }

    @Test
    void anotherServiceStopsUsingADestroyedKeyWhenToldOrWhenItsCacheExpires() throws Exception {
        UUID owner = UUID.randomUUID();
        ring.createFor(owner, null);
        EncryptedValue stored = cipher.encrypt("Dana", binding(owner));
        FieldCipher toldReader = new AesGcmFieldCipher(fixture().ring(Duration.ofMinutes(1)));
        VaultKeyRing toldRing = fixture().ring(Duration.ofMinutes(1));
        VaultKeyRing expiringRing = fixture().ring(Duration.ofMillis(300));
        FieldCipher told = new AesGcmFieldCipher(toldRing);
        FieldCipher expiring = new AesGcmFieldCipher(expiringRing);
        assertThat(told.decrypt(stored, binding(owner))).isEqualTo("Dana");
        assertThat(expiring.decrypt(stored, binding(owner))).isEqualTo("Dana");
        assertThat(toldReader.decrypt(stored, binding(owner))).isEqualTo("Dana");

        ring.destroy(owner);
        toldRing.forgetCachedKeys();
        Thread.sleep(400);

        assertThatThrownBy(() -> told.decrypt(stored, binding(owner))).isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> expiring.decrypt(stored, binding(owner))).isInstanceOf(KeyDestroyedException.class);
    }

    @Test
    void anotherServiceSeesWhichKeysAreDestroyedAtOnceThoughItsCacheStillHoldsThem() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        ring.createFor(erased, null);
        ring.createFor(kept, null);
        EncryptedValue stored = cipher.encrypt("Dana", binding(erased));
        VaultKeyRing reader = fixture().ring(Duration.ofMinutes(1));
        assertThat(new AesGcmFieldCipher(reader).decrypt(stored, binding(erased)))
                .isEqualTo("Dana");

        ring.destroy(erased);

        assertThat(reader.destroyedAmong(List.of(erased, kept, UUID.randomUUID())))
                .containsOnly(erased);
        assertThat(reader.destroyedAmong(List.of())).isEmpty();
    }

    @Test
    void aWrappedKeyCopiedOntoAnotherOwnersRowDoesNotUnwrap() {
        UUID victim = UUID.randomUUID();
        UUID attacker = UUID.randomUUID();
        ring.createFor(victim, null);
        ring.createFor(attacker, null);
        fixture()
                .jdbc
                .update(
                        "UPDATE key_vault.data_keys SET wrapped = (SELECT wrapped FROM key_vault.data_keys"
                                + " WHERE owner_id = ?) WHERE owner_id = ?",
                        victim,
                        attacker);
        assertThatThrownBy(() -> fixture().ring(Duration.ofMinutes(1)).currentKeyFor(attacker))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not unwrap");
    }

    static FieldBinding binding(UUID owner) {
        return new FieldBinding("clients", owner, "first_name", owner);
    }
}
