package com.pazpaz.query.attachment;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code session_attachments} in step with the attachment events ({@link AttachmentRowEvolution}). A purged
 * file may already be gone with its note's row, so its removal tolerates a missing row. Storage usage is the
 * workspace projector's.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AttachmentProjector {

    private final ReadModelRows rows;

    AttachmentProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(AttachmentUploadedEvent event) {
        rows.apply(AttachmentRow.TABLE, event);
    }

    @EventHandler
    void on(AttachmentRenamedEvent event) {
        rows.apply(AttachmentRow.TABLE, event);
    }

    @EventHandler
    void on(AttachmentDeletedEvent event) {
        rows.apply(AttachmentRow.TABLE, event);
    }

    @EventHandler
    void on(AttachmentPurgedEvent event) {
        rows.delete(AttachmentRow.TABLE, event.attachmentId().value());
    }
}
