package com.pazpaz.infra.crypto;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * Wraps a data key under a master key with AES-256-GCM. The associated data names the key's id and owner, so a
 * wrapped key copied onto another row of the vault fails to unwrap instead of handing over another owner's key.
 */
final class KeyWrapper {

    private KeyWrapper() {}

    static byte[] wrap(MasterKey master, long id, UUID owner, SecretKey dataKey) {
        return Gcm.seal(master.key(), associatedData(id, owner), dataKey.getEncoded());
    }

    static SecretKey unwrap(MasterKey master, long id, UUID owner, byte[] wrapped) {
        try {
            return Gcm.key(Gcm.open(master.key(), associatedData(id, owner), wrapped, 0));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "Data key " + DataKeyLabel.of(id) + " does not unwrap under master v" + master.version()
                            + ": wrong master key, or the vault row was altered or moved",
                    e);
        }
    }

    private static byte[] associatedData(long id, UUID owner) {
        return ("pazpaz|data_key|" + id + "|" + owner).getBytes(StandardCharsets.US_ASCII);
    }
}
