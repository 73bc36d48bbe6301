package com.pazpaz.query.workspace;

import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
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
}
