package com.pazpaz.command.session;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.careplan.CarePlanEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionEncryption;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Encrypts a note's text for the row it will be stored in (SessionEncryption says which row and whose key).
 * An empty string is stored as {@code null}, so that "has content" is known without decrypting (R-FIN-1).
 */
@Component
public class SessionFieldEncryptor implements SnapshotSealer {

    private final FieldCipher cipher;
    private final DataKeys dataKeys;

    SessionFieldEncryptor(FieldCipher cipher, DataKeys dataKeys) {
        this.cipher = cipher;
        this.dataKeys = dataKeys;
    }

    /** The note's own data key, under its client's: destroyed with the client, or alone when it is purged. */
    public void createKeyFor(SessionId sessionId, ClientId clientId) {
        dataKeys.createForNewOwner(sessionId.value(), clientId.value());
    }

    /** Encrypts changed SOAP fields for the note's {@code sessions} row; null or "" means "cleared". */
    public Map<SoapField, EncryptedValue> forNote(
            SessionId sessionId, ClientId clientId, Map<SoapField, String> values) {
        Map<SoapField, EncryptedValue> encrypted = new EnumMap<>(SoapField.class);
        values.forEach((field, text) -> encrypted.put(
                field,
                encrypt(
                        text,
                        SessionEncryption.SESSIONS_TABLE,
                        sessionId.value(),
                        field.column(),
                        clientId,
                        sessionId)));
        return encrypted;
    }

    public EncryptedValue deletionReason(SessionId sessionId, ClientId clientId, String reason) {
        return encrypt(
                reason,
                SessionEncryption.SESSIONS_TABLE,
                sessionId.value(),
                SessionEncryption.DELETED_REASON_COLUMN,
                clientId,
                sessionId);
    }

    EncryptedValue unfinalizeReason(SessionId sessionId, ClientId clientId, String reason) {
        return encrypt(
                reason,
                SessionEncryption.SESSIONS_TABLE,
                sessionId.value(),
                SessionEncryption.UNFINALIZE_REASON_COLUMN,
                clientId,
                sessionId);
    }

    public EncryptedValue amendmentReason(SessionId sessionId, ClientId clientId, UUID versionId, String reason) {
        return encrypt(
                reason,
                SessionEncryption.VERSIONS_TABLE,
                versionId,
                SessionEncryption.AMENDMENT_REASON_COLUMN,
                clientId,
                sessionId);
    }

    /** A goal-progress entry of the note, bound to its own progress row, with the note's key (part of the note). */
    EncryptedValue goalProgress(SessionId sessionId, ClientId clientId, UUID entryId, String column, String text) {
        return encrypt(text, CarePlanEncryption.PROGRESS_TABLE, entryId, column, clientId, sessionId);
    }

    @Override
    public SoapNote sealForVersion(SoapNote current, ClientId clientId, SessionId sessionId, UUID versionId) {
        UUID keyOwner = SessionEncryption.keyOwner(clientId, sessionId);
        Map<SoapField, EncryptedValue> sealed = new EnumMap<>(SoapField.class);
        current.fields().forEach((field, value) -> {
            String text = cipher.decrypt(
                    value,
                    new FieldBinding(SessionEncryption.SESSIONS_TABLE, sessionId.value(), field.column(), keyOwner));
            sealed.put(
                    field,
                    cipher.encrypt(
                            text,
                            new FieldBinding(SessionEncryption.VERSIONS_TABLE, versionId, field.column(), keyOwner)));
        });
        return SoapNote.of(sealed);
    }

    private EncryptedValue encrypt(
            String text, String table, UUID rowId, String column, ClientId clientId, SessionId sessionId) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return cipher.encrypt(
                text, new FieldBinding(table, rowId, column, SessionEncryption.keyOwner(clientId, sessionId)));
    }
}
