package com.pazpaz.infra.crypto;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.SecretKey;

/** An immutable set of master key versions with one current; what every provider answers from. */
record MasterKeyVersions(TreeMap<Integer, SecretKey> keys, int currentVersion) {

    MasterKeyVersions {
        keys = new TreeMap<>(keys);
        if (keys.isEmpty()) {
            throw new IllegalStateException("No master key configured (docs/configuration.md, pazpaz.encryption)");
        }
        if (!keys.containsKey(currentVersion)) {
            throw new IllegalStateException("Current master key version " + currentVersion + " is not configured");
        }
    }

    /** Keys given as base64 by version; current = the given version, or the highest when none is given. */
    static MasterKeyVersions decode(Map<Integer, String> base64ByVersion, Integer current) {
        TreeMap<Integer, SecretKey> keys = new TreeMap<>();
        base64ByVersion.forEach((version, base64) -> {
            if (version == null || version < 1) {
                throw new IllegalStateException("Master key versions are numbers from 1, got " + version);
            }
            keys.put(version, Gcm.decodeKey("master v" + version, base64));
        });
        return new MasterKeyVersions(keys, current != null ? current : keys.isEmpty() ? 0 : keys.lastKey());
    }

    MasterKey current() {
        return new MasterKey(currentVersion, keys.get(currentVersion));
    }

    Optional<MasterKey> version(int version) {
        return Optional.ofNullable(keys.get(version)).map(key -> new MasterKey(version, key));
    }

    SortedSet<Integer> versions() {
        return new TreeSet<>(keys.keySet());
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "MasterKeyVersions" + keys.keySet() + ", current " + currentVersion;
    }
}
