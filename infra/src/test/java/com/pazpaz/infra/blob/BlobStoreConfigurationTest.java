package com.pazpaz.infra.blob;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.blob.s3.S3BlobStore;
import com.pazpaz.infra.blob.s3.S3MockAccess;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code pazpaz.blobs.type} picks the store; a store that cannot work stops the start. */
class BlobStoreConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(BlobStoreConfiguration.class);

    @Test
    void theFileSystemStoreIsTheDefault() {
        context.run(started -> assertThat(started).getBean(BlobStore.class).isInstanceOf(FileSystemBlobStore.class));
    }

    @Test
    void typeS3OpensTheS3StoreOnTheConfiguredBucket() throws Exception {
        context.withPropertyValues(S3MockAccess.properties("pazpaz-blobs"))
                .run(started -> assertThat(started).getBean(BlobStore.class).isInstanceOf(S3BlobStore.class));
    }

    @Test
    void typeS3WithAMissingBucketStopsTheStartAndSaysWhy() throws Exception {
        context.withPropertyValues(S3MockAccess.properties("missing-bucket"))
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("BlobStoreException: S3 bucket 'missing-bucket'")
                        .hasStackTraceContaining("does not exist"));
    }

    @Test
    void anUnknownTypeStopsTheStartAndSaysWhy() {
        context.withPropertyValues("pazpaz.blobs.type=tape")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessage("pazpaz.blobs.type must be filesystem or s3, not 'tape'"));
    }
}
