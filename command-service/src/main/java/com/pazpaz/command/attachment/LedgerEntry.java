package com.pazpaz.command.attachment;

import com.pazpaz.kernel.attachment.AttachmentEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import java.util.UUID;

/** What the command side knows of one file: its owners, its encrypted display name, whether it was deleted. */
record LedgerEntry(
        AttachmentId attachmentId, ClientId clientId, SessionId sessionId, EncryptedValue fileName, boolean deleted) {

    UUID keyOwner() {
        return AttachmentEncryption.keyOwner(clientId, sessionId);
    }
}
