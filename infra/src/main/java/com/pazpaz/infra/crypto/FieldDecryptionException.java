package com.pazpaz.infra.crypto;

/** A stored value could not be decrypted. The message names the column, never the content. */
public class FieldDecryptionException extends RuntimeException {

    public FieldDecryptionException(String message) {
        super(message);
    }

    public FieldDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
