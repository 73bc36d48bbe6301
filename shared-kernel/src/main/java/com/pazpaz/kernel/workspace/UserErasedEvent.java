package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user was erased: they no longer have access (as after {@link UserDeactivatedEvent}) and their data key was
 * destroyed in the same transaction, so the name and e-mail every earlier event carries as ciphertext can no
 * longer be read. Who they were stays only as their id.
 */
@Revision("1")
public record UserErasedEvent(WorkspaceId workspaceId, UserId userId, Instant erasedAt) implements WorkspaceScoped {}
