package com.pazpaz.local;

import com.pazpaz.importer.ReferenceObjects;
import com.pazpaz.infra.blob.BlobStoreProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where an import reads the reference's attachment objects, from the environment (docs/import.md, decision 211):
 * a copy of the bucket ({@code PAZPAZ_IMPORT_REFERENCE_ATTACHMENTS}) or the bucket itself
 * ({@code PAZPAZ_IMPORT_REFERENCE_S3_BUCKET} and its {@code _S3_} settings, which mean what the same settings of
 * this system's own S3 blob store mean), never both; neither: none, and every attachment is reported as skipped.
 */
final class ReferenceAttachmentSource {

    static final String DIRECTORY = "PAZPAZ_IMPORT_REFERENCE_ATTACHMENTS";
    static final String S3 = "PAZPAZ_IMPORT_REFERENCE_S3_";
    static final String BUCKET = S3 + "BUCKET";
    private static final String ENDPOINT = S3 + "ENDPOINT";
    private static final String REGION = S3 + "REGION";
    private static final String PATH_STYLE_ACCESS = S3 + "PATH_STYLE_ACCESS";
    private static final String ACCESS_KEY = S3 + "ACCESS_KEY";
    private static final String SECRET_KEY = S3 + "SECRET_KEY";
    /** As long as one call to this system's own store may take (BlobStoreProperties.S3). */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private ReferenceAttachmentSource() {}

    /** The source the environment names, opened (a bucket is checked now), or null when it names none. */
    static ReferenceObjects open(Map<String, String> environment) {
        Optional<BlobStoreProperties.S3> bucket = bucket(environment);
        String directory = text(environment, DIRECTORY);
        if (bucket.isPresent() && directory != null) {
            throw new IllegalStateException(
                    "Set " + DIRECTORY + " or " + BUCKET + ", not both: an import reads its files from one source");
        }
        if (bucket.isPresent()) {
            return ReferenceObjects.bucket(bucket.get());
        }
        return directory == null ? null : ReferenceObjects.directory(Path.of(directory));
    }

    /** The reference's bucket and how to reach it, when {@code PAZPAZ_IMPORT_REFERENCE_S3_BUCKET} is set. */
    static Optional<BlobStoreProperties.S3> bucket(Map<String, String> environment) {
        String bucket = text(environment, BUCKET);
        if (bucket == null) {
            return Optional.empty();
        }
        String accessKey = text(environment, ACCESS_KEY);
        String secretKey = text(environment, SECRET_KEY);
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalStateException(ACCESS_KEY + " and " + SECRET_KEY
                    + " go together: set both, or neither to use the AWS default credentials chain");
        }
        String endpoint = text(environment, ENDPOINT);
        return Optional.of(new BlobStoreProperties.S3(
                endpoint == null ? null : URI.create(endpoint),
                text(environment, REGION),
                bucket,
                pathStyleAccess(environment),
                accessKey,
                secretKey,
                null,
                null,
                CALL_TIMEOUT));
    }

    private static boolean pathStyleAccess(Map<String, String> environment) {
        String value = text(environment, PATH_STYLE_ACCESS);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalStateException(PATH_STYLE_ACCESS + " must be true or false, not '" + value + "'");
    }

    private static String text(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
