package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.util.Objects;
import java.util.UUID;

/** What the therapist will do, and how often; both ciphertext bound to the intervention's row. */
public record CarePlanIntervention(UUID interventionId, EncryptedValue description, EncryptedValue frequency) {

    public CarePlanIntervention {
        Objects.requireNonNull(interventionId, "intervention id");
        Objects.requireNonNull(description, "description");
    }
}
