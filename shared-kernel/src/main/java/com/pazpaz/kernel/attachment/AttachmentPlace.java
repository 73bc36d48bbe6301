package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import java.util.Objects;

/**
 * Where a caller addressed an attachment: under a note ({@code /sessions/{id}/attachments/…}), which finds only
 * that note's files, or under a client ({@code /clients/{id}/attachments/…}), which finds only the client's own
 * files, not those of its notes (R-ATT-8).
 */
public record AttachmentPlace(SessionId sessionId, ClientId clientId) {

    public AttachmentPlace {
        if ((sessionId == null) == (clientId == null)) {
            throw new IllegalArgumentException("an attachment is addressed under a note or under a client");
        }
    }

    public static AttachmentPlace ofSession(SessionId sessionId) {
        return new AttachmentPlace(Objects.requireNonNull(sessionId, "session id"), null);
    }

    public static AttachmentPlace ofClient(ClientId clientId) {
        return new AttachmentPlace(null, Objects.requireNonNull(clientId, "client id"));
    }

    /** Whether an attachment of this client and note (null: client-level) is found at this place. */
    public boolean holds(ClientId ownerClient, SessionId ownerSession) {
        return sessionId != null
                ? sessionId.equals(ownerSession)
                : ownerSession == null && clientId.equals(ownerClient);
    }
}
