package com.pazpaz.infra.crypto;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/** Where the cipher finds keys: the one to write a key owner's values with, and any one by its label. */
public interface KeyRing {

    /**
     * The label and key new values of this key owner are written with.
     *
     * @throws NoDataKeyException    when the owner has no data key ({@link DataKeys#createFor} was never called)
     * @throws KeyDestroyedException when the owner's key was destroyed (the owner was erased)
     */
    LabelledKey currentKeyFor(UUID keyOwner);

    /**
     * The key with this label, or empty when no key ever had this label here.
     *
     * @throws KeyDestroyedException when the key existed and was destroyed
     */
    Optional<SecretKey> keyByLabel(String label);

    /**
     * Loads the keys of these labels that are not at hand yet, in one round trip, so that decrypting a page or a
     * batch of values of many key owners costs one look-up rather than one per owner. A hint only: a label it
     * cannot load is left for {@link #keyByLabel} to answer as it always does.
     */
    default void prefetch(Collection<String> labels) {}

    /** A key and the short ASCII label stored in front of every value it encrypts. */
    record LabelledKey(String label, SecretKey key) {

        /** Never the key itself. */
        @Override
        public String toString() {
            return "LabelledKey[" + label + "]";
        }
    }
}
