package com.pazpaz.infra.blob.s3;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.infra.blob.BlobStoreException;
import com.pazpaz.infra.blob.BlobStoreProperties;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The store refuses to start on a bucket it cannot use, and says why without quoting a credential. */
class S3BlobStoreFactoryTest {

    @Test
    void startFailsWhenTheBucketDoesNotExist() throws Exception {
        URI endpoint = S3MockServer.shared().endpoint();

        assertThatThrownBy(() -> S3BlobStoreFactory.open(S3Fixture.properties(endpoint, "no-such-bucket", null)))
                .isInstanceOf(BlobStoreException.class)
                .hasMessage("S3 bucket 'no-such-bucket' at " + endpoint + " (region us-east-1) does not exist: "
                        + "create it first (docs/attachments-s3.md)")
                .satisfies(S3BlobStoreFactoryTest::quotesNoSecret);
    }

    @Test
    void startFailsWhenTheEndpointIsNotReachable() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + closedPort());

        assertThatThrownBy(() -> S3BlobStoreFactory.open(S3Fixture.properties(nobody, "pazpaz-blobs", null)))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageStartingWith(
                        "S3 bucket 'pazpaz-blobs' at " + nobody + " (region us-east-1) is not " + "reachable: ")
                .satisfies(S3BlobStoreFactoryTest::quotesNoSecret);
    }

    @Test
    void theBucketIsRequired() {
        assertThatThrownBy(() -> S3BlobStoreFactory.open(
                        withKeys("key", "secret").bucket(null).build()))
                .hasMessage("pazpaz.blobs.s3.bucket is required when pazpaz.blobs.type=s3");
    }

    @Test
    void anAccessKeyWithoutASecretKeyIsRefused() {
        assertThatThrownBy(() -> S3BlobStoreFactory.open(withKeys("key", null).build()))
                .hasMessageStartingWith("pazpaz.blobs.s3.access-key and pazpaz.blobs.s3.secret-key go together");
    }

    @Test
    void anUnknownServerSideEncryptionIsRefused() {
        assertThatThrownBy(() -> S3BlobStoreFactory.open(
                        withKeys("key", "secret").sse("ROT13").build()))
                .hasMessageStartingWith("pazpaz.blobs.s3.server-side-encryption must be one of ")
                .hasMessageEndingWith(", not 'ROT13'");
    }

    private static void quotesNoSecret(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            org.assertj.core.api.Assertions.assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(S3Fixture.SECRET_KEY);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Properties withKeys(String accessKey, String secretKey) {
        return new Properties(accessKey, secretKey, "pazpaz-blobs", null);
    }

    /** Just enough of a builder to vary one property at a time. */
    private record Properties(String accessKey, String secretKey, String bucket, String sse) {

        Properties bucket(String value) {
            return new Properties(accessKey, secretKey, value, sse);
        }

        Properties sse(String value) {
            return new Properties(accessKey, secretKey, bucket, value);
        }

        BlobStoreProperties.S3 build() {
            return new BlobStoreProperties.S3(
                    URI.create("http://127.0.0.1:9"),
                    "us-east-1",
                    bucket,
                    true,
                    accessKey,
                    secretKey,
                    sse,
                    null,
                    Duration.ofSeconds(5));
        }
    }
}
