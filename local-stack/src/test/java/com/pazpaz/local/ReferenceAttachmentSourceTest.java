package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.infra.blob.BlobStoreProperties;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the environment chooses where an import reads the reference's attachment objects (decision 211). */
class ReferenceAttachmentSourceTest {

    @Test
    void noSourceMeansNone() {
        assertThat(ReferenceAttachmentSource.open(Map.of("PAZPAZ_IMPORT_REFERENCE_ATTACHMENTS", " ")))
                .isNull();
    }

    @Test
    void aDirectoryAndABucketAtOnceAreRefused() {
        assertThatThrownBy(() -> ReferenceAttachmentSource.open(Map.of(
                        "PAZPAZ_IMPORT_REFERENCE_ATTACHMENTS", "/srv/reference-bucket",
                        "PAZPAZ_IMPORT_REFERENCE_S3_BUCKET", "reference-attachments")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void theBucketSettingsMeanWhatTheBlobStoresDo() {
        BlobStoreProperties.S3 bucket = ReferenceAttachmentSource.bucket(Map.of(
                        "PAZPAZ_IMPORT_REFERENCE_S3_BUCKET", "reference-attachments",
                        "PAZPAZ_IMPORT_REFERENCE_S3_ENDPOINT", "http://minio:9000",
                        "PAZPAZ_IMPORT_REFERENCE_S3_REGION", "eu-central-1",
                        "PAZPAZ_IMPORT_REFERENCE_S3_PATH_STYLE_ACCESS", "true"))
                .orElseThrow();
        assertThat(bucket.bucket()).isEqualTo("reference-attachments");
        assertThat(bucket.endpoint()).isEqualTo(URI.create("http://minio:9000"));
        assertThat(bucket.region()).isEqualTo("eu-central-1");
        assertThat(bucket.pathStyleAccess()).isTrue();
        // no keys: the AWS SDK's default credentials chain, as for the blob store
        assertThat(bucket.accessKey()).isNull();
        assertThat(bucket.secretKey()).isNull();
    }

    @Test
    void anAccessKeyWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> ReferenceAttachmentSource.bucket(Map.of(
                        "PAZPAZ_IMPORT_REFERENCE_S3_BUCKET", "reference-attachments",
                        "PAZPAZ_IMPORT_REFERENCE_S3_ACCESS_KEY", "AKIAEXAMPLE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("go together");
    }
}
