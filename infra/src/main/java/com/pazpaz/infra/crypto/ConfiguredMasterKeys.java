package com.pazpaz.infra.crypto;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Master keys from configuration ({@code pazpaz.encryption.master-keys.<version>}, base64 of 32 bytes, e.g. the
 * environment variable {@code PAZPAZ_ENCRYPTION_MASTERKEYS_1}). A rotation adds a version to configuration and
 * restarts the services; the old version is removed once the rotation status shows no key under it.
 */
public class ConfiguredMasterKeys implements MasterKeyProvider {

    private final MasterKeyVersions versions;

    public ConfiguredMasterKeys(Map<Integer, String> base64ByVersion, Integer currentVersion) {
        this.versions = MasterKeyVersions.decode(base64ByVersion, currentVersion);
    }

    @Override
    public MasterKey current() {
        return versions.current();
    }

    @Override
    public Optional<MasterKey> version(int version) {
        return versions.version(version);
    }

    @Override
    public SortedSet<Integer> versions() {
        return versions.versions();
    }
}
