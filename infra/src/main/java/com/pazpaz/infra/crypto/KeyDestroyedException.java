package com.pazpaz.infra.crypto;

/**
 * The key a value was written with was destroyed: its owner was erased (crypto-shredding). Readers answer
 * with an "erased" marker; writers refuse.
 */
public class KeyDestroyedException extends FieldDecryptionException {

    public KeyDestroyedException(String label) {
        super("Key " + label + " was destroyed: the data it protected was erased");
    }
}
