package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionEncryption;
import java.util.UUID;

/**
 * Where an attachment's ciphertexts are bound and whose key encrypts them, for both services. The display name
 * and the contents are both bound to the attachment's {@code session_attachments} row.
 */
public final class AttachmentEncryption {

    public static final String TABLE = "session_attachments";
    public static final String FILE_NAME_COLUMN = "file_name";
    /** Not a read-table column: the contents live in the blob store, bound to the row they belong to. */
    public static final String CONTENT_COLUMN = "content";

    private AttachmentEncryption() {}

    /**
     * A note's files are encrypted under the note's own key (so purging the note makes them unreadable even
     * before their blobs are removed), a client's own files under the client's key.
     */
    public static UUID keyOwner(ClientId clientId, SessionId sessionId) {
        return sessionId == null ? clientId.value() : SessionEncryption.keyOwner(clientId, sessionId);
    }
}
