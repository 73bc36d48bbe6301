package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import java.util.UUID;

/**
 * Where a note's ciphertext is bound and whose key encrypts it, decided in this one place for both services.
 * Every ciphertext is bound to the row it is stored in: the note's SOAP fields and deletion reason to its
 * {@code sessions} row, a version snapshot and its amendment reason to its own {@code session_versions} row.
 */
public final class SessionEncryption {

    public static final String SESSIONS_TABLE = "sessions";
    public static final String VERSIONS_TABLE = "session_versions";
    public static final String DELETED_REASON_COLUMN = "deleted_reason";
    /** Not a read-table column: the amendment reason travels in the event, bound to the version it created. */
    public static final String AMENDMENT_REASON_COLUMN = "amendment_reason";
    /** Not a read-table column: why a note was unfinalized travels in the event, bound to the note's row. */
    public static final String UNFINALIZE_REASON_COLUMN = "unfinalize_reason";

    private SessionEncryption() {}

    /**
     * The record whose data key encrypts a note: the note itself. Its key is created under its client's, so
     * erasing the client destroys it too, and purging the note destroys it alone (docs/encryption.md).
     */
    public static UUID keyOwner(ClientId clientId, SessionId sessionId) {
        return sessionId.value();
    }
}
