package com.pazpaz.infra.crypto;

import javax.crypto.SecretKey;

/** One version of the master key that wraps (encrypts) data keys in the key vault. */
public record MasterKey(int version, SecretKey key) {

    public MasterKey {
        if (version < 1) {
            throw new IllegalArgumentException("Master key versions start at 1");
        }
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "MasterKey[v" + version + "]";
    }
}
