package com.pazpaz.infra.blob.s3;

import java.io.IOException;

/** Spring properties that point the S3 store at the shared test server, for tests outside this package. */
public final class S3MockAccess {

    private S3MockAccess() {}

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
}
