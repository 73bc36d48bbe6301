package com.pazpaz.query.careplan;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionEncryption;
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

    private PlanTexts(FieldCipher cipher, UUID keyOwner) {
        this.cipher = cipher;
        this.keyOwner = keyOwner;
    }

    /** The texts of a client's plan: the client's key. */
    static PlanTexts ofClient(FieldCipher cipher, UUID clientId) {
        return new PlanTexts(cipher, CarePlanEncryption.keyOwner(ClientId.of(clientId)));
    }

    /** The goal-progress texts of a note: the note's key, like the rest of the note (SessionEncryption). */
    static PlanTexts ofNote(FieldCipher cipher, UUID sessionId) {
        return new PlanTexts(cipher, SessionEncryption.keyOwner(null, SessionId.of(sessionId)));
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
