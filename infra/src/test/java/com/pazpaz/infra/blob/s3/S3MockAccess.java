package com.pazpaz.infra.blob.s3;

import com.pazpaz.infra.blob.BlobStoreProperties;
import java.io.IOException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The shared test server for tests outside this package, and outside this module through infra's test jar (the
 * importer's test in local-stack reads a reference bucket from it).
 */
public final class S3MockAccess {

    private S3MockAccess() {}

    /** Spring properties that point the S3 store at the shared test server. */
    public static String[] properties(String bucket) throws IOException, InterruptedException {
        return new String[] {
            "pazpaz.blobs.type=s3",
            "pazpaz.blobs.s3.endpoint=" + S3MockServer.shared().endpoint(),
            "pazpaz.blobs.s3.region=" + S3Fixture.REGION,
            "pazpaz.blobs.s3.bucket=" + bucket,
            "pazpaz.blobs.s3.path-style-access=true",
            "pazpaz.blobs.s3.access-key=" + S3Fixture.ACCESS_KEY,
            "pazpaz.blobs.s3.secret-key=" + S3Fixture.SECRET_KEY,
        };
    }

    /** How to reach {@code bucket} on the shared test server, in the store's own settings. */
    public static BlobStoreProperties.S3 bucket(String bucket) throws IOException, InterruptedException {
        return S3Fixture.properties(S3MockServer.shared().endpoint(), bucket, null);
    }

    /** A plain client of the shared test server, to create buckets and objects the way another system would. */
    public static S3Client client() throws IOException, InterruptedException {
        return S3Fixture.inspector(S3MockServer.shared().endpoint());
    }
}
