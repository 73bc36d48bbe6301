package com.pazpaz.query.attachment;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code session_attachments} in step with the attachment events. A purged file may already be gone with
 * its note's row (ON DELETE CASCADE), so its removal tolerates a missing row. Storage usage is the workspace
 * projector's.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AttachmentProjector {

    private final AttachmentRows attachments;

    AttachmentProjector(AttachmentRows attachments) {
        this.attachments = attachments;
    }

    @EventHandler
    void on(AttachmentUploadedEvent event) {
        attachments.save(new AttachmentRow(event));
    }

    @EventHandler
    void on(AttachmentRenamedEvent event) {
        row(event.attachmentId()).rename(event.fileName());
    }

    @EventHandler
    void on(AttachmentDeletedEvent event) {
        row(event.attachmentId()).markDeleted(event.deletedAt());
    }

    @EventHandler
    void on(AttachmentPurgedEvent event) {
        attachments.deleteIfPresent(event.attachmentId().value());
    }

    private AttachmentRow row(AttachmentId attachmentId) {
        return attachments.findById(attachmentId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown attachment " + attachmentId));
    }
}
