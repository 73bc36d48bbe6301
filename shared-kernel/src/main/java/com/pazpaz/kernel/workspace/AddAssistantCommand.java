package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An owner adds an assistant to the practice; the e-mail must be free in the workspace. E-mail and name come
 * encrypted under the assistant's new data key ({@link StaffEncryption}).
 */
public record AddAssistantCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        UserId userId,
        EncryptedValue email,
        EncryptedValue fullName,
        Instant addedAt) {

    public AddAssistantCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "full name");
        Objects.requireNonNull(addedAt, "added at");
    }
}
