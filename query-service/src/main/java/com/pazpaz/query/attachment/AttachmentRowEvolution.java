package com.pazpaz.query.attachment;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import java.util.UUID;

/** How each attachment event changes a {@code session_attachments} row. */
final class AttachmentRowEvolution {

    private AttachmentRowEvolution() {}

    /** The row after the event; null before the upload and after the purge. */
    static AttachmentRow apply(AttachmentRow row, Object event) {
        if (event instanceof AttachmentUploadedEvent uploaded) {
            return new AttachmentRow(uploaded);
        }
        if (row == null || event instanceof AttachmentPurgedEvent) {
            return null;
        }
        if (event instanceof AttachmentRenamedEvent renamed) {
            row.rename(renamed.fileName());
        } else if (event instanceof AttachmentDeletedEvent deleted) {
            row.markDeleted(deleted.deletedAt());
        }
        return row;
    }

    /** The existing attachment an event changes; null for an upload or another kind of event. */
    static UUID changes(Object event) {
        if (event instanceof AttachmentRenamedEvent renamed) {
            return renamed.attachmentId().value();
        }
        if (event instanceof AttachmentDeletedEvent deleted) {
            return deleted.attachmentId().value();
        }
        return event instanceof AttachmentPurgedEvent purged
                ? purged.attachmentId().value()
                : null;
    }
}
