package com.pazpaz.infra.blob.s3;

import com.pazpaz.infra.blob.BlobStoreException;
import com.pazpaz.infra.blob.BlobStoreProperties;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Opens the S3 store from its properties and fails the start when the bucket cannot be used: a service that
 * would only find out at the first upload is worse than one that does not start. Failure messages name the
 * bucket, endpoint and region, never a credential.
 */
public final class S3BlobStoreFactory {

    private S3BlobStoreFactory() {}

    public static S3BlobStore open(BlobStoreProperties.S3 properties) {
        requireText(properties.bucket(), "pazpaz.blobs.s3.bucket");
        UnaryOperator<PutObjectRequest.Builder> encryption = serverSideEncryption(properties);
        S3Client client = client(properties);
        try {
            client.headBucket(r -> r.bucket(properties.bucket()));
        } catch (SdkException e) {
            client.close();
            throw new BlobStoreException(unreachable(properties, e), e);
        }
        return new S3BlobStore(client, properties.bucket(), encryption);
    }

    private static S3Client client(BlobStoreProperties.S3 properties) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(credentials(properties))
                .forcePathStyle(properties.pathStyleAccess())
                .overrideConfiguration(c -> c.apiCallTimeout(properties.callTimeout()));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        if (hasText(properties.region())) {
            builder.region(Region.of(properties.region()));
        }
        try {
            return builder.build();
        } catch (SdkException e) {
            // typically no region anywhere in the SDK's chain
            throw new BlobStoreException("cannot configure the S3 blob store for bucket '" + properties.bucket() + "': "
                    + e.getMessage() + " (set pazpaz.blobs.s3.region)");
        }
    }

    private static AwsCredentialsProvider credentials(BlobStoreProperties.S3 properties) {
        boolean accessKey = hasText(properties.accessKey());
        if (accessKey != hasText(properties.secretKey())) {
            throw new BlobStoreException("pazpaz.blobs.s3.access-key and pazpaz.blobs.s3.secret-key go together: "
                    + "set both, or neither to use the AWS default credentials chain");
        }
        return accessKey
                ? StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()))
                : DefaultCredentialsProvider.builder().build();
    }

    private static UnaryOperator<PutObjectRequest.Builder> serverSideEncryption(BlobStoreProperties.S3 properties) {
        if (!hasText(properties.serverSideEncryption())) {
            return request -> request;
        }
        ServerSideEncryption algorithm = ServerSideEncryption.fromValue(properties.serverSideEncryption());
        if (algorithm == ServerSideEncryption.UNKNOWN_TO_SDK_VERSION) {
            throw new BlobStoreException("pazpaz.blobs.s3.server-side-encryption must be one of "
                    + ServerSideEncryption.knownValues() + ", not '" + properties.serverSideEncryption() + "'");
        }
        String kmsKeyId = hasText(properties.kmsKeyId()) ? properties.kmsKeyId() : null;
        return request -> request.serverSideEncryption(algorithm).ssekmsKeyId(kmsKeyId);
    }

    /**
     * Says what to fix. The SDK's own messages name the host, status and request id, never a credential: the
     * signature is computed locally and only the access key id (not secret) travels.
     */
    private static String unreachable(BlobStoreProperties.S3 properties, SdkException e) {
        String where = "S3 bucket '" + properties.bucket() + "' at "
                + (properties.endpoint() == null ? "AWS S3" : properties.endpoint())
                + (hasText(properties.region()) ? " (region " + properties.region() + ")" : "");
        if (e instanceof S3Exception s3) {
            return switch (s3.statusCode()) {
                case 404 -> where + " does not exist: create it first (docs/attachments-s3.md)";
                case 401, 403 ->
                    where + " refused access (HTTP " + s3.statusCode()
                            + "): check the credentials and the bucket policy";
                case 301 -> where + " is in another region: set pazpaz.blobs.s3.region to the bucket's region";
                default -> where + " answered HTTP " + s3.statusCode();
            };
        }
        return where + " is not reachable: " + e.getMessage();
    }

    private static void requireText(String value, String property) {
        if (!hasText(value)) {
            throw new BlobStoreException(property + " is required when pazpaz.blobs.type=s3");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
