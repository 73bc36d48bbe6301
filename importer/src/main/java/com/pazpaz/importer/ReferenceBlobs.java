package com.pazpaz.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference's attachment objects, copied out of its S3 bucket into a directory with their keys as paths
 * ({@code aws s3 sync s3://bucket dir}, {@code mc mirror}). The reference stored them with S3 server-side
 * encryption (behaviour.md R-ATT-2 step 13), which S3 removes when the object is read, so the files are the
 * plaintext contents: they are read into memory only, and encrypted before anything is written.
 */
final class ReferenceBlobs {

    /** R-ATT-3: the reference made its keys of ids and the detected type only. */
    private static final Pattern KEY = Pattern.compile(
            "workspaces/[0-9a-f-]{36}/(sessions|clients)/[0-9a-f-]{36}/attachments/[0-9a-f-]{36}\\.(jpg|png|webp|pdf)");

    private final Path directory;

    /** @param directory the copied bucket, or null when none was given */
    ReferenceBlobs(Path directory) {
        this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    }

    boolean given() {
        return directory != null;
    }

    /** The object's contents, or empty when the directory has no such file. */
    Optional<byte[]> read(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("its object key is not of the reference's form");
        }
        Path file = directory.resolve(key).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the object " + key + " cannot be read", e);
        }
    }
}
