package com.pazpaz.command.session;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SoapNote;
import java.util.UUID;

/**
 * Copies a note's current text into a version row: decrypts it as bound to the {@code sessions} row and
 * encrypts it afresh for the {@code session_versions} row, so each ciphertext is bound to the row holding it.
 * The plaintext exists only in memory during the call.
 */
interface SnapshotSealer {

    SoapNote sealForVersion(SoapNote current, ClientId clientId, SessionId sessionId, UUID versionId);
}
