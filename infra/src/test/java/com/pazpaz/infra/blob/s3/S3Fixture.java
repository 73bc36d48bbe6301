package com.pazpaz.infra.blob.s3;

import com.pazpaz.infra.blob.BlobStoreProperties;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Properties and a plain client for the shared {@link S3MockServer}. */
final class S3Fixture {

    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key-never-shown";
    static final String REGION = "us-east-1";

    private S3Fixture() {}

    static BlobStoreProperties.S3 properties(URI endpoint, String bucket, String serverSideEncryption) {
        return new BlobStoreProperties.S3(
                endpoint,
                REGION,
                bucket,
                true,
                ACCESS_KEY,
                SECRET_KEY,
                serverSideEncryption,
                null,
                Duration.ofSeconds(10));
    }

    /** A client of our own, to look at what the store wrote. */
    static S3Client inspector(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }
}
