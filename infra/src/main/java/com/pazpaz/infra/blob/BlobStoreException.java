package com.pazpaz.infra.blob;

/** The blob store could not do what was asked (disk full, store unreachable, key already taken). */
public class BlobStoreException extends RuntimeException {

    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public BlobStoreException(String message) {
        super(message);
    }
}
