package com.pazpaz.infra.crypto;

/** The key a value was written with no longer exists (erased, or never known to this deployment). */
public class KeyDestroyedException extends FieldDecryptionException {

    public KeyDestroyedException(String label) {
        super("Key " + label + " is not available");
    }
}
