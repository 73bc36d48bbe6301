package com.pazpaz.query.careplan;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import java.util.UUID;

/**
 * Decrypts the texts of one client's plan with the bindings they were written with (CarePlanEncryption) and
 * remembers whether the client's key was destroyed: an erased client's plan is answered with null texts and
 * {@code erased: true}, not as an error.
 */
final class PlanTexts {

    private final FieldCipher cipher;
    private final UUID keyOwner;
    private boolean erased;

    PlanTexts(FieldCipher cipher, UUID clientId) {
        this.cipher = cipher;
        this.keyOwner = CarePlanEncryption.keyOwner(ClientId.of(clientId));
    }

    String decrypt(byte[] stored, String table, UUID rowId, String column) {
        return decrypt(stored == null ? null : EncryptedValue.of(stored), table, rowId, column);
    }

    String decrypt(EncryptedValue value, String table, UUID rowId, String column) {
        if (value == null || erased) {
            return null;
        }
        try {
            return cipher.decrypt(value, new FieldBinding(table, rowId, column, keyOwner));
        } catch (KeyDestroyedException shredded) {
            erased = true;
            return null;
        }
    }

    boolean erased() {
        return erased;
    }
}
