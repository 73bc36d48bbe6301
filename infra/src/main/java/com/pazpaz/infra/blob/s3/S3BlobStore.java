package com.pazpaz.infra.blob.s3;

import com.pazpaz.infra.blob.BlobStore;
import com.pazpaz.infra.blob.BlobStoreException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of one bucket, each key an object key. A put is conditional ({@code If-None-Match: *}), so the
 * store itself refuses a second object under a key, atomically, even when two writers race; a check before the
 * put could not promise that. Objects are written whole or not at all (S3 has no partial objects).
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private static final int PRECONDITION_FAILED = 412;
    /** Another conditional write of the same key is in flight: that write takes the key. */
    private static final int CONDITIONAL_REQUEST_CONFLICT = 409;

    private static final int NOT_FOUND = 404;

    private final S3Client client;
    private final String bucket;
    private final UnaryOperator<PutObjectRequest.Builder> serverSideEncryption;

    /**
     * @param serverSideEncryption adds the server-side encryption headers to a put (or leaves the request alone)
     */
    S3BlobStore(S3Client client, String bucket, UnaryOperator<PutObjectRequest.Builder> serverSideEncryption) {
        this.client = client;
        this.bucket = bucket;
        this.serverSideEncryption = serverSideEncryption;
    }

    @Override
    public void put(String key, byte[] content) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(S3BlobKeys.checked(key))
                .ifNoneMatch("*")
                .contentType("application/octet-stream")
                .contentLength((long) content.length);
        try {
            client.putObject(serverSideEncryption.apply(request).build(), RequestBody.fromBytes(content));
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == CONDITIONAL_REQUEST_CONFLICT) {
                throw new BlobStoreException("blob already exists: " + key);
            }
            throw new BlobStoreException("could not store blob " + key, e);
        } catch (SdkException e) {
            throw new BlobStoreException("could not store blob " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(client.getObjectAsBytes(r -> r.bucket(bucket).key(S3BlobKeys.checked(key)))
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND && !"NoSuchBucket".equals(errorCode(e))) {
                return Optional.empty();
            }
            throw new BlobStoreException("could not read blob " + key, e);
        } catch (SdkException e) {
            throw new BlobStoreException("could not read blob " + key, e);
        }
    }

    /** S3 answers a delete of a missing key with success; a server that answers 404 instead is treated alike. */
    @Override
    public void delete(String key) {
        try {
            client.deleteObject(r -> r.bucket(bucket).key(S3BlobKeys.checked(key)));
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_FOUND || "NoSuchBucket".equals(errorCode(e))) {
                throw new BlobStoreException("could not delete blob " + key, e);
            }
        } catch (SdkException e) {
            throw new BlobStoreException("could not delete blob " + key, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }
}
