package com.pazpaz.query.workspace;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code workspaces} and {@code users} in step with the workspace events. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class WorkspaceProjector {

    private final WorkspaceRows workspaces;
    private final UserRows users;

    WorkspaceProjector(WorkspaceRows workspaces, UserRows users) {
        this.workspaces = workspaces;
        this.users = users;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        workspaces.save(new WorkspaceRow(event.workspaceId().value(), event.name(), event.storageQuotaBytes(),
                event.createdAt()));
        users.save(new UserRow(event.ownerId().value(), event.workspaceId().value(), event.ownerEmail(),
                event.ownerFullName(), Role.OWNER.name(), event.createdAt()));
    }

    @EventHandler
    void on(AssistantAddedEvent event) {
        users.save(new UserRow(event.userId().value(), event.workspaceId().value(), event.email(),
                event.fullName(), Role.ASSISTANT.name(), event.addedAt()));
    }

    @EventHandler
    void on(UserRoleChangedEvent event) {
        user(event.userId()).changeRole(event.role().name(), event.changedAt());
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        user(event.userId()).setActive(false, event.deactivatedAt());
    }

    @EventHandler
    void on(UserReactivatedEvent event) {
        user(event.userId()).setActive(true, event.reactivatedAt());
    }

    @EventHandler
    void on(WorkspaceStorageQuotaChangedEvent event) {
        workspace(event.workspaceId()).changeStorageQuota(event.storageQuotaBytes(), event.changedAt());
    }

    @EventHandler
    void on(AttachmentUploadedEvent event) {
        workspace(event.workspaceId()).changeStorageUsage(event.fileSizeBytes());
    }

    @EventHandler
    void on(AttachmentDeletedEvent event) {
        workspace(event.workspaceId()).changeStorageUsage(-event.fileSizeBytes());
    }

    @EventHandler
    void on(AttachmentPurgedEvent event) {
        workspace(event.workspaceId()).changeStorageUsage(-event.releasedBytes());
    }

    private WorkspaceRow workspace(WorkspaceId workspaceId) {
        return workspaces.findById(workspaceId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown workspace " + workspaceId));
    }

    private UserRow user(UserId userId) {
        return users.findById(userId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown user " + userId));
    }
}
