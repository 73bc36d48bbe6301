package com.pazpaz.infra.blob;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachment contents are kept (docs/configuration-reference.md, docs/attachments-s3.md).
 *
 * @param type      {@code filesystem} (default) or {@code s3}
 * @param directory filesystem store: the directory that holds the blobs (the local stack sets it inside its data
 *                  directory)
 * @param s3        S3-compatible store: where and how to reach the bucket
 */
@ConfigurationProperties("pazpaz.blobs")
public record BlobStoreProperties(
        @DefaultValue("filesystem") String type,
        @DefaultValue("data/blobs") Path directory,
        @DefaultValue S3 s3) {

    public static final String FILESYSTEM = "filesystem";
    public static final String S3_TYPE = "s3";
    private static final Set<String> TYPES = Set.of(FILESYSTEM, S3_TYPE);

    public BlobStoreProperties {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("pazpaz.blobs.type must be filesystem or s3, not '" + type + "'");
        }
    }

    /**
     * The S3-compatible store ({@code pazpaz.blobs.type=s3}).
     *
     * @param endpoint             the service's address, only for S3-compatible servers (MinIO, Ceph, ...); empty:
     *                             AWS S3 of the region
     * @param region               the bucket's region (any name an S3-compatible server accepts, often
     *                             {@code us-east-1}); empty: the AWS SDK's region chain (AWS_REGION, profile)
     * @param bucket               the bucket holding the blobs (required); it must exist before the service starts
     * @param pathStyleAccess      address the bucket as {@code endpoint/bucket/key} instead of
     *                             {@code bucket.endpoint/key} (most S3-compatible servers need it)
     * @param accessKey            access key id; empty: the AWS SDK's default credentials chain (environment,
     *                             profile, container or instance role)
     * @param secretKey            secret access key, given together with the access key
     * @param serverSideEncryption server-side encryption asked for on every put ({@code AES256} or {@code aws:kms});
     *                             empty: the bucket's default. Defence in depth: the bytes are already encrypted
     * @param kmsKeyId             with {@code aws:kms}: the KMS key to use; empty: the account's S3 key
     * @param callTimeout          longest time one call to the store may take, retries included
     */
    public record S3(
            URI endpoint,
            String region,
            String bucket,
            @DefaultValue("false") boolean pathStyleAccess,
            String accessKey,
            String secretKey,
            String serverSideEncryption,
            String kmsKeyId,
            @DefaultValue("30s") Duration callTimeout) {

        /** Never prints the secret key: these properties end up in start-up failures and debug logs. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                    + ", pathStyleAccess=" + pathStyleAccess + ", accessKey=" + accessKey
                    + ", secretKey=" + (secretKey == null ? null : "(hidden)")
                    + ", serverSideEncryption=" + serverSideEncryption + ", kmsKeyId=" + kmsKeyId
                    + ", callTimeout=" + callTimeout + "]";
        }
    }
}
