package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An owner added an assistant to the practice. Revision 2 adds {@code emailEncrypted} and
 * {@code fullNameEncrypted}, ciphertext under the assistant's own data key (bound as {@link StaffEncryption}
 * says), and leaves {@code email} and {@code fullName} null; events of revision 1 carry those two in plaintext.
 */
@Revision("2")
public record AssistantAddedEvent(
        WorkspaceId workspaceId,
        UserId userId,
        String email,
        String fullName,
        Instant addedAt,
        EncryptedValue emailEncrypted,
        EncryptedValue fullNameEncrypted)
        implements WorkspaceScoped {}
