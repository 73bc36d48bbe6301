package com.pazpaz.query.workspace;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import java.util.UUID;

/** How workspace events, and the files that use its storage, change a {@code workspaces} row. */
final class WorkspaceRowEvolution {

    private WorkspaceRowEvolution() {}

    /** The row after the event; null before the workspace was created. */
    static WorkspaceRow apply(WorkspaceRow row, Object event) {
        if (event instanceof WorkspaceCreatedEvent created) {
            return new WorkspaceRow(
                    created.workspaceId().value(), created.name(), created.storageQuotaBytes(), created.createdAt());
        }
        if (row == null) {
            return null;
        }
        if (event instanceof WorkspaceStorageQuotaChangedEvent changed) {
            row.changeStorageQuota(changed.storageQuotaBytes(), changed.changedAt());
        } else if (event instanceof AttachmentUploadedEvent uploaded) {
            row.changeStorageUsage(uploaded.fileSizeBytes());
        } else if (event instanceof AttachmentDeletedEvent deleted) {
            row.changeStorageUsage(-deleted.fileSizeBytes());
        } else if (event instanceof AttachmentPurgedEvent purged) {
            row.changeStorageUsage(-purged.releasedBytes());
        } else if (event instanceof WorkspaceDeactivatedEvent deactivated) {
            row.changeActive(false, deactivated.deactivatedAt());
        } else if (event instanceof WorkspaceReactivatedEvent reactivated) {
            row.changeActive(true, reactivated.reactivatedAt());
        }
        return row;
    }

    /** The existing workspace an event changes; null for a creation or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof WorkspaceStorageQuotaChangedEvent e) {
            return e.workspaceId().value();
        }
        if (event instanceof AttachmentUploadedEvent e) {
            return e.workspaceId().value();
        }
        if (event instanceof AttachmentDeletedEvent e) {
            return e.workspaceId().value();
        }
        if (event instanceof WorkspaceDeactivatedEvent e) {
            return e.workspaceId().value();
        }
        if (event instanceof WorkspaceReactivatedEvent e) {
            return e.workspaceId().value();
        }
        return event instanceof AttachmentPurgedEvent e ? e.workspaceId().value() : null;
    }
}
