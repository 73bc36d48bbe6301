package com.pazpaz.query.session;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionEncryption;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decrypts a note's ciphertext with the binding it was written with (SessionEncryption): the note's own row
 * for its text and deletion reason, the version row for a snapshot and an amendment reason.
 */
@Component
class SessionDecryptor {

    private final FieldCipher cipher;
    private final ReferencedRecords references;

    SessionDecryptor(FieldCipher cipher, ReferencedRecords references) {
        this.cipher = cipher;
        this.references = references;
    }

    /** The note's text as stored in its {@code sessions} row (or carried for it by an event). */
    SoapText noteText(SoapNote soap, UUID sessionId, UUID clientId) {
        return text(soap, SessionEncryption.SESSIONS_TABLE, sessionId, sessionId, clientId);
    }

    /** A snapshot as stored in its own {@code session_versions} row. */
    SoapText versionText(SoapNote snapshot, UUID versionId, UUID sessionId, UUID clientId) {
        return text(snapshot, SessionEncryption.VERSIONS_TABLE, versionId, sessionId, clientId);
    }

    String deletionReason(EncryptedValue reason, UUID sessionId, UUID clientId) {
        return decrypt(
                reason,
                SessionEncryption.SESSIONS_TABLE,
                sessionId,
                SessionEncryption.DELETED_REASON_COLUMN,
                sessionId,
                clientId);
    }

    String amendmentReason(EncryptedValue reason, UUID versionId, UUID sessionId, UUID clientId) {
        return decrypt(
                reason,
                SessionEncryption.VERSIONS_TABLE,
                versionId,
                SessionEncryption.AMENDMENT_REASON_COLUMN,
                sessionId,
                clientId);
    }

    /** The note as answered, with the count of its files. */
    SessionView view(SessionRow row) {
        return views(List.of(row)).get(0);
    }

    /** Notes as answered; their files are counted in one query for all of them, not one per note. */
    List<SessionView> views(List<SessionRow> rows) {
        Map<UUID, Integer> counts =
                references.attachmentCounts(rows.stream().map(SessionRow::getId).toList());
        cipher.prefetchKeys(
                rows.stream().flatMap(row -> row.soap().values().stream()).toList());
        return rows.stream()
                .map(row -> view(row, counts.getOrDefault(row.getId(), 0)))
                .toList();
    }

    private SessionView view(SessionRow row, int attachmentCount) {
        SoapText text = noteText(SoapNote.of(row.soap()), row.getId(), row.clientId());
        return new SessionView(
                row.getId(),
                row.workspaceId(),
                row.clientId(),
                row.appointmentId(),
                row.createdByUserId(),
                text.subjective(),
                text.objective(),
                text.assessment(),
                text.plan(),
                row.sessionDate(),
                row.durationMinutes(),
                row.isDraft(),
                row.draftLastSavedAt(),
                row.finalizedAt(),
                row.amendedAt(),
                row.amendmentCount(),
                row.version(),
                row.createdAt(),
                row.updatedAt(),
                row.deletedAt(),
                deletionReason(row.deletedReason(), row.getId(), row.clientId()),
                row.deletedByUserId(),
                row.permanentDeleteAfter(),
                attachmentCount);
    }

    SessionVersionView version(SessionVersionRow row, UUID clientId) {
        SoapText text = versionText(row.snapshot(), row.getId(), row.sessionId(), clientId);
        return new SessionVersionView(
                row.getId(),
                row.sessionId(),
                row.versionNumber(),
                text.subjective(),
                text.objective(),
                text.assessment(),
                text.plan(),
                row.createdAt(),
                row.createdByUserId());
    }

    private SoapText text(SoapNote soap, String table, UUID rowId, UUID sessionId, UUID clientId) {
        return new SoapText(
                decrypt(soap.subjective(), table, rowId, SoapField.SUBJECTIVE.column(), sessionId, clientId),
                decrypt(soap.objective(), table, rowId, SoapField.OBJECTIVE.column(), sessionId, clientId),
                decrypt(soap.assessment(), table, rowId, SoapField.ASSESSMENT.column(), sessionId, clientId),
                decrypt(soap.plan(), table, rowId, SoapField.PLAN.column(), sessionId, clientId));
    }

    private String decrypt(
            EncryptedValue value, String table, UUID rowId, String column, UUID sessionId, UUID clientId) {
        UUID keyOwner = SessionEncryption.keyOwner(ClientId.of(clientId), SessionId.of(sessionId));
        try {
            return cipher.decrypt(value, new FieldBinding(table, rowId, column, keyOwner));
        } catch (KeyDestroyedException erased) {
            // the client was erased (or the note purged): its text is gone for good, the record is not an error
            return null;
        }
    }
}
