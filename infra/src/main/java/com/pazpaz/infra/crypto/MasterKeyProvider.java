package com.pazpaz.infra.crypto;

import java.util.Optional;
import java.util.SortedSet;

/**
 * Source of the versioned master keys that wrap data keys. Configuration ({@link ConfiguredMasterKeys}) and the
 * local key file ({@link MasterKeyFile}) implement it; a production key service (AWS KMS, Vault, an HSM) is one
 * more implementation declared as a bean (docs/encryption.md, "Master keys").
 */
public interface MasterKeyProvider {

    /** The version new data keys are wrapped under. */
    MasterKey current();

    /** Any version still known, for unwrapping keys wrapped before a rotation. */
    Optional<MasterKey> version(int version);

    /** Every version still known, oldest first. */
    SortedSet<Integer> versions();

    /**
     * Creates a new version and makes it current (the first step of a rotation). Providers whose keys are
     * managed outside the service answer {@code false}: the operator adds the version to configuration instead.
     */
    default boolean createNextVersion() {
        return false;
    }

    /**
     * Forgets a version that no data key is wrapped under any more. Providers managed outside the service
     * answer {@code false}: the operator removes it from configuration instead.
     */
    default boolean retire(int version) {
        return false;
    }
}
