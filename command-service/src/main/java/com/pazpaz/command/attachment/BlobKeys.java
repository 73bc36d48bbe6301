package com.pazpaz.command.attachment;

import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;

/** R-ATT-3: blob keys are made of ids and the detected type only, never of anything the user typed. */
final class BlobKeys {

    private BlobKeys() {}

    static String of(
            WorkspaceId workspaceId,
            ClientId clientId,
            SessionId sessionId,
            AttachmentId attachmentId,
            String extension) {
        String owner = sessionId == null ? "clients/" + clientId : "sessions/" + sessionId;
        return "workspaces/" + workspaceId + "/" + owner + "/attachments/" + attachmentId + "." + extension;
    }
}
