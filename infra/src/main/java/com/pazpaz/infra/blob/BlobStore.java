package com.pazpaz.infra.blob;

import java.util.Optional;

/**
 * Where the (already encrypted) contents of attachments live. Keys are chosen by the application and never
 * contain user input (`workspaces/{workspace}/clients/{client}/attachments/{uuid}.{ext}`); values are opaque
 * ciphertext, so a store never sees a patient's file in the clear.
 *
 * <p>Implementations: {@link FileSystemBlobStore} (default, the local stack's data directory) and an
 * S3-compatible store for production (docs/attachments.md).
 */
public interface BlobStore {

    /** Stores the bytes under the key, replacing nothing: a second put of the same key is an error. */
    void put(String key, byte[] content);

    /** The bytes stored under the key, or empty when there are none. */
    Optional<byte[]> get(String key);

    /** Removes the key; removing a missing key is not an error. */
    void delete(String key);
}
