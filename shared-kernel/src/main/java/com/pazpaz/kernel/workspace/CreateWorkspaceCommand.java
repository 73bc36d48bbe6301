package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a new practice together with its owner (a platform administrator's command). The owner's e-mail and name
 * come encrypted under the owner's new data key ({@link StaffEncryption}).
 */
public record CreateWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        String name,
        UserId ownerId,
        EncryptedValue ownerEmail,
        EncryptedValue ownerFullName,
        Instant createdAt) {

    public CreateWorkspaceCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(ownerId, "owner id");
        Objects.requireNonNull(ownerEmail, "owner email");
        Objects.requireNonNull(ownerFullName, "owner full name");
        Objects.requireNonNull(createdAt, "created at");
        StaffText.require(name, "name");
    }
}
