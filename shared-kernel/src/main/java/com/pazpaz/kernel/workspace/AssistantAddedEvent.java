package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An owner added an assistant to the practice. Staff e-mails and names are not patient data and travel in
 * plaintext, as in {@link WorkspaceCreatedEvent}.
 */
@Revision("1")
public record AssistantAddedEvent(
        WorkspaceId workspaceId, UserId userId, String email, String fullName, Instant addedAt)
        implements WorkspaceScoped {}
