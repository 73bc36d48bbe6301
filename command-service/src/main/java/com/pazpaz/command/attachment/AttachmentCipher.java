package com.pazpaz.command.attachment;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.attachment.AttachmentEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Encrypts a file's display name and contents for its own {@code session_attachments} row, and reads names back. */
@Component
class AttachmentCipher {

    private final FieldCipher cipher;

    AttachmentCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    EncryptedValue encryptName(String name, AttachmentId attachmentId, UUID keyOwner) {
        return cipher.encrypt(name, binding(attachmentId, AttachmentEncryption.FILE_NAME_COLUMN, keyOwner));
    }

    String decryptName(EncryptedValue name, AttachmentId attachmentId, UUID keyOwner) {
        return cipher.decrypt(name, binding(attachmentId, AttachmentEncryption.FILE_NAME_COLUMN, keyOwner));
    }

    String nameOf(LedgerEntry entry) {
        return decryptName(entry.fileName(), entry.attachmentId(), entry.keyOwner());
    }

    byte[] encryptContent(byte[] content, AttachmentId attachmentId, UUID keyOwner) {
        return cipher.encryptBytes(content, binding(attachmentId, AttachmentEncryption.CONTENT_COLUMN, keyOwner));
    }

    private static FieldBinding binding(AttachmentId attachmentId, String column, UUID keyOwner) {
        return new FieldBinding(AttachmentEncryption.TABLE, attachmentId.value(), column, keyOwner);
    }
}
