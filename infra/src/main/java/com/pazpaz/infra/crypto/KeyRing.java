package com.pazpaz.infra.crypto;

import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/** Where the cipher finds keys: the one to write with, and any one by its label. */
public interface KeyRing {

    /** The label and key new values of this key owner are written with. */
    LabelledKey currentKeyFor(UUID keyOwner);

    /** The key with this label, if it exists (it may have been destroyed). */
    Optional<SecretKey> keyByLabel(String label);

    /** A key and the short ASCII label stored in front of every value it encrypts. */
    record LabelledKey(String label, SecretKey key) {
    }
}
