package com.pazpaz.importer;

import com.pazpaz.infra.blob.BlobStoreProperties;
import com.pazpaz.infra.blob.s3.S3BlobStoreFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the importer reads the reference's attachment objects from (docs/import.md, decision 211): a copy of its
 * bucket in a directory, or the bucket itself. The reference stored them with S3 server-side encryption
 * (behaviour.md R-ATT-2 step 13), which S3 removes when an object is read, so either source gives the plaintext
 * contents: they are read into memory only, and encrypted before anything is written. One source per run, chosen
 * by configuration; close it when the import is done.
 */
public interface ReferenceObjects extends AutoCloseable {

    /** A copy of the bucket, object keys as paths ({@code aws s3 sync s3://bucket dir}, {@code mc mirror}). */
    static ReferenceObjects directory(Path directory) {
        return new ReferenceDirectory(directory);
    }

    /**
     * The reference's bucket itself, reached the way this system's own S3 blob store is (the same settings and
     * client; only reads are sent). Fails at once when the bucket cannot be reached, not at the first file.
     */
    static ReferenceObjects bucket(BlobStoreProperties.S3 bucket) {
        return new ReferenceBucket(S3BlobStoreFactory.open(bucket), bucket.bucket());
    }

    /** The object's contents, or empty when the source holds no object under {@code key}. */
    Optional<byte[]> read(String key);

    /** Where a missing object was looked for, as the report names it (never a credential). */
    String where();

    @Override
    default void close() {}
}
