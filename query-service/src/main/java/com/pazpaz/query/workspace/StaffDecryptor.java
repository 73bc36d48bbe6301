package com.pazpaz.query.workspace;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.StaffEncryption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns a {@code users} row into the view a caller sees: the name and e-mail decrypted in memory for the answer.
 * A user whose key was destroyed (erased, the erasure not projected yet) reads as erased, never as an error.
 */
@Component
class StaffDecryptor {

    private final FieldCipher cipher;

    StaffDecryptor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The views of these rows, in their order, their keys fetched in one look-up. */
    List<UserView> views(Collection<UserRow> rows) {
        cipher.prefetchKeys(rows.stream()
                .map(UserRow::emailEncrypted)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream().map(this::view).toList();
    }

    UserView view(UserRow row) {
        if (row.isErased()) {
            return erased(row);
        }
        if (!row.isEncrypted()) {
            return view(row, row.plaintextEmail(), row.plaintextFullName());
        }
        try {
            return view(
                    row,
                    decrypt(row, StaffEncryption.EMAIL_COLUMN, row.emailEncrypted()),
                    decrypt(row, StaffEncryption.FULL_NAME_COLUMN, row.fullNameEncrypted()));
        } catch (KeyDestroyedException e) {
            return erased(row);
        }
    }

    private String decrypt(UserRow row, String column, EncryptedValue value) {
        UserId userId = UserId.of(row.getId());
        return cipher.decrypt(
                value, new FieldBinding(StaffEncryption.TABLE, row.getId(), column, StaffEncryption.keyOwner(userId)));
    }

    private static UserView view(UserRow row, String email, String fullName) {
        return new UserView(
                row.getId(),
                row.workspaceId(),
                email,
                fullName,
                row.role().toLowerCase(Locale.ROOT),
                row.isActive(),
                row.createdAt(),
                row.updatedAt(),
                false);
    }

    private static UserView erased(UserRow row) {
        return new UserView(
                row.getId(),
                row.workspaceId(),
                null,
                null,
                row.role().toLowerCase(Locale.ROOT),
                false,
                row.createdAt(),
                row.updatedAt(),
                true);
    }
}
