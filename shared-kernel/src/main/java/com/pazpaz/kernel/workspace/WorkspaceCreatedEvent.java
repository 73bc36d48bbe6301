package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A practice was opened with its owner and its storage quota. Revision 2 adds {@code ownerEmailEncrypted} and
 * {@code ownerFullNameEncrypted}, the owner's e-mail and name as ciphertext under the owner's own data key (bound
 * as {@link StaffEncryption} says), and leaves {@code ownerEmail} and {@code ownerFullName} null; events of
 * revision 1 carry those two in plaintext and no ciphertext.
 */
@Revision("2")
public record WorkspaceCreatedEvent(
        WorkspaceId workspaceId,
        String name,
        long storageQuotaBytes,
        UserId ownerId,
        String ownerEmail,
        String ownerFullName,
        Instant createdAt,
        EncryptedValue ownerEmailEncrypted,
        EncryptedValue ownerFullNameEncrypted)
        implements WorkspaceScoped {}
