package com.pazpaz.infra.crypto;

import java.util.UUID;

/**
 * A row of {@code key_vault.data_keys}.
 *
 * @param wrapped the data key encrypted under master key {@code masterVersion}; null once destroyed
 */
record StoredDataKey(long id, UUID owner, UUID parent, int masterVersion, byte[] wrapped) {

    boolean destroyed() {
        return wrapped == null;
    }

    String label() {
        return DataKeyLabel.of(id);
    }

    /** Never the wrapped bytes. */
    @Override
    public String toString() {
        return "StoredDataKey[" + label() + ", master v" + masterVersion + (destroyed() ? ", destroyed]" : "]");
    }
}
