package com.pazpaz.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of schema.md §5.3: key 00..1f, nonce 00..0b, no associated data. */
class ReferenceCiphertextDecoderTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final SecretKey KEY =
            new SecretKeySpec(HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), "AES");
    private static final SecretKey OTHER_KEY = new SecretKeySpec(new byte[32], "AES");

    private final ReferenceCiphertextDecoder decoder = new ReferenceCiphertextDecoder(
            version -> Optional.ofNullable(Map.of("v1", KEY).get(version)), KEY);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1980-05-17|000102030405060708090a0b763bee2be8d5f736bc76441cb88f220a6ef2becb61d05e75f2a8",
                "Patient reports shoulder pain|000102030405060708090a0b1763a272a08bb63bff24e7e4c39d0b4df0bee8419c1f3a0e"
                        + "181784ec7387649dc40e5e10537a1d82bd86bd5876",
                "''|000102030405060708090a0bf4c2db1dc38805a37b92171c5d0a81cc",
                "שלום|000102030405060708090a0b90ab018712701586601f8b8c206e5b1d8849101a2a0c8e2e"
            })
    void decodesTheLegacyAndTheVersionedVectors(String plaintext, String legacyHex) {
        assertThat(decoder.decode(HEX.parseHex(legacyHex))).isEqualTo(plaintext);
        assertThat(decoder.decode(HEX.parseHex("76313a" + legacyHex))).isEqualTo(plaintext);
    }

    @Test
    void nullStaysNull() {
        assertThat(decoder.decode(null)).isNull();
    }

    @Test
    void aLegacyValueWhoseNonceHoldsAColonFallsBackToTheMasterKey() throws Exception {
        byte[] nonce = HEX.parseHex("41423a0405060708090a0b0c");
        assertThat(decoder.decode(legacy(KEY, nonce, "Dana"))).isEqualTo("Dana");
    }

    @Test
    void aLegacyValueWhoseNonceHoldsAColonAfterNonAsciiBytesFallsBackToTheMasterKey() throws Exception {
        byte[] nonce = HEX.parseHex("ff3a02030405060708090a0b");
        assertThat(decoder.decode(legacy(KEY, nonce, "Dana"))).isEqualTo("Dana");
    }

    @Test
    void anUnknownVersionFallsBackToTheLegacyPathAndFailsThere() {
        byte[] stored = HEX.parseHex("76393a000102030405060708090a0bf4c2db1dc38805a37b92171c5d0a81cc");
        assertThatThrownBy(() -> decoder.decode(stored))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("legacy");
    }

    @Test
    void aVersionedValueThatFailsAuthenticationIsAnErrorNotRetriedAsLegacy() throws Exception {
        // Encrypted with the master key as a legacy value, then labelled v1 whose key differs: the reference
        // does not retry the legacy path after a failed authentication, so neither do we.
        ReferenceCiphertextDecoder otherV1 = new ReferenceCiphertextDecoder(
                version -> Optional.ofNullable(Map.of("v1", OTHER_KEY).get(version)), KEY);
        byte[] legacy = legacy(KEY, HEX.parseHex("000102030405060708090a0b"), "Dana");
        byte[] versioned = new byte[legacy.length + 3];
        System.arraycopy("v1:".getBytes(StandardCharsets.US_ASCII), 0, versioned, 0, 3);
        System.arraycopy(legacy, 0, versioned, 3, legacy.length);
        assertThatThrownBy(() -> otherV1.decode(versioned))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("versioned")
                .hasMessageNotContaining("Dana");
    }

    private static byte[] legacy(SecretKey key, byte[] nonce, String plaintext) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, nonce.length);
        System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
        return stored;
    }
}
