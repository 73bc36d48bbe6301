package com.pazpaz.importer;

import com.pazpaz.infra.blob.s3.S3BlobStore;
import java.util.Optional;

/**
 * The reference's attachment bucket read in place, through this system's S3 store: the same client, timeouts and
 * key checks, and the same answer for a missing object (empty). Nothing is ever written to or deleted from it.
 */
final class ReferenceBucket implements ReferenceObjects {

    private final S3BlobStore bucket;
    private final String name;

    ReferenceBucket(S3BlobStore bucket, String name) {
        this.bucket = bucket;
        this.name = name;
    }

    /** The object's contents, or empty when the bucket has none under {@code key}; a failed read throws. */
    @Override
    public Optional<byte[]> read(String key) {
        return bucket.get(key);
    }

    @Override
    public String where() {
        return "the bucket " + name;
    }

    @Override
    public void close() {
        bucket.close();
    }
}
