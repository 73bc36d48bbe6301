package com.pazpaz.command.workspace;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.StaffEncryption;
import org.springframework.stereotype.Component;

/**
 * Encrypts a new staff member's name and e-mail with the member's own data key, for their columns of the
 * {@code users} row: the same bytes go into the event and, unchanged, into the read table. Erasing the user
 * destroys the key ({@link StaffKeyShredder}).
 */
@Component
public class StaffCipher {

    private final FieldCipher cipher;
    private final DataKeys dataKeys;

    StaffCipher(FieldCipher cipher, DataKeys dataKeys) {
        this.cipher = cipher;
        this.dataKeys = dataKeys;
    }

    /**
     * Creates the data key of a user about to be added (the id was just made: no look-up first) and encrypts
     * their e-mail and name with it. Call it inside the command's transaction, so the key commits with the event.
     */
    public Sealed sealForNewUser(UserId userId, String email, String fullName) {
        dataKeys.createForNewOwner(StaffEncryption.keyOwner(userId), null);
        return new Sealed(
                cipher.encrypt(email, binding(userId, StaffEncryption.EMAIL_COLUMN)),
                cipher.encrypt(fullName, binding(userId, StaffEncryption.FULL_NAME_COLUMN)));
    }

    /** The e-mail an event carries encrypted, in memory only (the directory keeps its keyed hash). */
    String email(UserId userId, EncryptedValue email) {
        return cipher.decrypt(email, binding(userId, StaffEncryption.EMAIL_COLUMN));
    }

    private static FieldBinding binding(UserId userId, String column) {
        return new FieldBinding(StaffEncryption.TABLE, userId.value(), column, StaffEncryption.keyOwner(userId));
    }

    /** A staff member's e-mail and name as ciphertext. */
    public record Sealed(EncryptedValue email, EncryptedValue fullName) {}
}
