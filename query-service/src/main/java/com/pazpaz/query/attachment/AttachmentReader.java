package com.pazpaz.query.attachment;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.attachment.AttachmentEncryption;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns rows into what the API answers: display names decrypted, note dates attached. */
@Component
class AttachmentReader {

    private final FieldCipher cipher;
    private final AttachmentOwnerChecks owners;

    AttachmentReader(FieldCipher cipher, AttachmentOwnerChecks owners) {
        this.cipher = cipher;
        this.owners = owners;
    }

    List<AttachmentView> views(List<AttachmentRow> rows) {
        Map<UUID, Instant> dates = owners.noteDates(rows.stream()
                .map(AttachmentRow::sessionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(row -> view(row, row.sessionId() == null ? null : dates.get(row.sessionId())))
                .toList();
    }

    AttachmentView view(AttachmentRow row, Instant sessionDate) {
        return new AttachmentView(
                row.getId(),
                row.sessionId(),
                row.clientId(),
                row.workspaceId(),
                displayName(row),
                row.fileType(),
                row.fileSizeBytes(),
                row.createdAt(),
                sessionDate,
                row.sessionId() != null);
    }

    String displayName(AttachmentRow row) {
        return cipher.decrypt(row.encryptedName(), binding(row, AttachmentEncryption.FILE_NAME_COLUMN));
    }

    byte[] decryptContent(AttachmentRow row, byte[] stored) {
        return cipher.decryptBytes(stored, binding(row, AttachmentEncryption.CONTENT_COLUMN));
    }

    private static FieldBinding binding(AttachmentRow row, String column) {
        UUID keyOwner = AttachmentEncryption.keyOwner(
                ClientId.of(row.clientId()), row.sessionId() == null ? null : SessionId.of(row.sessionId()));
        return new FieldBinding(AttachmentEncryption.TABLE, row.getId(), column, keyOwner);
    }
}
