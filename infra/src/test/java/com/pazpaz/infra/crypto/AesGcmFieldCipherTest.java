package com.pazpaz.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmFieldCipherTest {

    private static final UUID RECORD = UUID.randomUUID();
    private static final FieldBinding FIRST_NAME = new FieldBinding("clients", RECORD, "first_name", RECORD);

    private final AesGcmFieldCipher cipher = new AesGcmFieldCipher(new FixedKeyRing());

    @ParameterizedTest
    @ValueSource(strings = {"Dana", "", "שלום", "Zoë 🙂 emoji", "1980-05-17", "true", "a\nmulti-line\nnote"})
    void roundTripsAnyText(String plaintext) {
        EncryptedValue stored = cipher.encrypt(plaintext, FIRST_NAME);
        assertThat(cipher.decrypt(stored, FIRST_NAME)).isEqualTo(plaintext);
    }

    @Test
    void storesKeyLabelNonceCiphertextAndTag() {
        byte[] stored = cipher.encrypt("Dana", FIRST_NAME).bytes();
        assertThat(new String(stored, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("d1:");
        assertThat(stored).hasSize(3 + 12 + 4 + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Dana");
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("Dana", FIRST_NAME)).isNotEqualTo(cipher.encrypt("Dana", FIRST_NAME));
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null, FIRST_NAME)).isNull();
        assertThat(cipher.decrypt(null, FIRST_NAME)).isNull();
    }

    @Test
    void aValueMovedToAnotherColumnFailsWithAClearError() {
        EncryptedValue stored = cipher.encrypt("Dana", FIRST_NAME);
        FieldBinding lastName = new FieldBinding("clients", RECORD, "last_name", RECORD);
        assertThatThrownBy(() -> cipher.decrypt(stored, lastName))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("clients.last_name")
                .hasMessageNotContaining("Dana");
    }

    @Test
    void aValueMovedToAnotherRowFails() {
        EncryptedValue stored = cipher.encrypt("Dana", FIRST_NAME);
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> cipher.decrypt(stored, new FieldBinding("clients", other, "first_name", other)))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void anAlteredValueFails() {
        byte[] stored = cipher.encrypt("Dana", FIRST_NAME).bytes();
        stored[stored.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(EncryptedValue.of(stored), FIRST_NAME))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aValueUnderAnUnknownKeyReportsTheMissingKey() {
        byte[] stored = cipher.encrypt("Dana", FIRST_NAME).bytes();
        stored[1] = '9';
        assertThatThrownBy(() -> cipher.decrypt(EncryptedValue.of(stored), FIRST_NAME))
                .isInstanceOf(FieldDecryptionException.class)
                .isNotInstanceOf(KeyDestroyedException.class)
                .hasMessageContaining("d9");
    }

    @Test
    void aValueUnderADestroyedKeyReportsTheErasure() {
        byte[] stored = cipher.encrypt("Dana", FIRST_NAME).bytes();
        stored[1] = '2';
        assertThatThrownBy(() -> cipher.decrypt(EncryptedValue.of(stored), FIRST_NAME))
                .isInstanceOf(KeyDestroyedException.class)
                .hasMessageContaining("erased")
                .hasMessageNotContaining("Dana");
    }

    @Test
    void aTruncatedValueFailsWithAClearError() {
        assertThatThrownBy(() ->
                        cipher.decrypt(EncryptedValue.of("d1:short".getBytes(StandardCharsets.US_ASCII)), FIRST_NAME))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("clients.first_name");
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new ConfiguredMasterKeys(Map.of(1, shortKey), null))
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
    }
}
