package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.UserId;
import java.util.UUID;

/**
 * Where a staff member's name and e-mail are bound and whose key encrypts them, decided in this one place for both
 * services: each to its ciphertext column of the user's own {@code users} row, under the user's own data key, which
 * erasing the user destroys (docs/encryption.md, "Staff").
 */
public final class StaffEncryption {

    public static final String TABLE = "users";
    public static final String EMAIL_COLUMN = "email_encrypted";
    public static final String FULL_NAME_COLUMN = "full_name_encrypted";

    private StaffEncryption() {}

    /** The record whose data key encrypts a staff member's name and e-mail: the user. */
    public static UUID keyOwner(UserId userId) {
        return userId.value();
    }
}
