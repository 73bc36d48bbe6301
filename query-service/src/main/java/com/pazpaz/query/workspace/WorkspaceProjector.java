package com.pazpaz.query.workspace;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceAvailableHoursSetEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code workspaces} and {@code users} in step with the workspace events ({@link WorkspaceRowEvolution},
 * {@link UserRowEvolution}), the storage a workspace's files use, and
 * {@code available_hours}.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class WorkspaceProjector {

    private final ReadModelRows rows;

    WorkspaceProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
        rows.apply(UserRow.TABLE, event);
    }

    @EventHandler
    void on(AssistantAddedEvent event) {
        rows.apply(UserRow.TABLE, event);
    }

    @EventHandler
    void on(UserRoleChangedEvent event) {
        rows.apply(UserRow.TABLE, event);
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        rows.apply(UserRow.TABLE, event);
    }

    @EventHandler
    void on(UserReactivatedEvent event) {
        rows.apply(UserRow.TABLE, event);
    }

    /** The row keeps the user's id, role and times, nothing of their name and e-mail (decision 268). */
    @EventHandler
    void on(UserErasedEvent event) {
        rows.apply(UserRow.TABLE, event);
    }

    @EventHandler
    void on(WorkspaceStorageQuotaChangedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }

    /** The practice's hours are replaced whole: one row per practice in {@code available_hours}. */
    @EventHandler
    void on(WorkspaceAvailableHoursSetEvent event) {
        rows.put(AvailableHoursRow.TABLE, AvailableHoursRow.of(event));
    }

    @EventHandler
    void on(AttachmentUploadedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }

    @EventHandler
    void on(AttachmentDeletedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }

    @EventHandler
    void on(AttachmentPurgedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }

    @EventHandler
    void on(WorkspaceDeactivatedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }

    @EventHandler
    void on(WorkspaceReactivatedEvent event) {
        rows.apply(WorkspaceRow.TABLE, event);
    }
}
