package com.pazpaz.infra.blob.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S3BlobKeysTest {

    @Test
    void theApplicationsKeysAreAccepted() {
        String key = "workspaces/8d0c5a36-64a1-4f5e-9d55-0a3c2f4b1e7a/clients/"
                + "0f6b2d6e-2b1a-4c4e-8f3e-7c9d1a2b3c4d/attachments/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9.pdf";

        assertThat(S3BlobKeys.checked(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/leading",
                "trailing/",
                "a//b",
                "a/./b",
                "a/../b",
                "..",
                "a b",
                "a\\b",
                "ä",
                "a?b",
                "a%2F..%2Fb"
            })
    void aKeyThatCouldNameAnotherObjectIsRefused(String key) {
        assertThatThrownBy(() -> S3BlobKeys.checked(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid blob key");
    }

    @Test
    void aKeyLongerThanS3AllowsIsRefused() {
        assertThatThrownBy(() -> S3BlobKeys.checked("a".repeat(S3BlobKeys.MAX_BYTES + 1)))
                .hasMessageEndingWith("at most 1024 bytes");
    }
}
