package com.pazpaz.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The blind index's tokens are the standard HMAC-SHA256, so tokens stored before stay valid. */
class BlindIndexTest {

    @Test
    void aTokenIsTheTruncatedHmacSha256OfTheKindAndTheWord() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            SecretKey key = new SecretKeySpec(raw, "AES");
            BlindIndex index = new BlindIndex(key);
            for (String word : List.of("da", "dan", "daniel", "0541234567", "שלום", "x".repeat(16), "é")) {
                for (SearchKind kind : SearchKind.values()) {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(raw, "HmacSHA256"));
                    byte[] expected = Arrays.copyOf(
                            mac.doFinal((kind.domain() + word).getBytes(StandardCharsets.UTF_8)),
                            BlindIndex.TOKEN_BYTES);
                    assertThat(index.token(kind, word)).as(word).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theSameWordUnderAnotherKindOrKeyIsAnotherToken() {
        BlindIndex one = new BlindIndex(new SecretKeySpec(new byte[32], "AES"));
        byte[] other = new byte[32];
        other[0] = 1;
        BlindIndex two = new BlindIndex(new SecretKeySpec(other, "AES"));
        assertThat(one.token(SearchKind.CLIENT, "dan"))
                .isNotEqualTo(one.token(SearchKind.NOTE, "dan"))
                .isNotEqualTo(two.token(SearchKind.CLIENT, "dan"))
                .isEqualTo(one.token(SearchKind.CLIENT, "dan"));
    }
}
