package com.pazpaz.query.search;

import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.session.SessionEncryption;
import com.pazpaz.kernel.session.SoapField;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the searchable fields of clients and notes from their read rows (unqualified table names, so a rebuild
 * reads its shadow tables) and decrypts them into the words the index keeps: a client's name, e-mail and phone
 * as prefixes, a note's four SOAP fields as words. A record whose key is destroyed has no words; so has one whose
 * ciphertext does not decrypt (altered): it is logged by id and kind, and the projection goes on, since a stuck
 * read model would stop every practice while the reader of that record already answers the error.
 */
@Component
class RecordWords {

    private static final Logger log = LoggerFactory.getLogger(RecordWords.class);
    private static final String CLIENTS = "SELECT id, workspace_id, first_name, last_name, email, phone FROM clients"
            + " WHERE id = ANY (?)";
    private static final String NOTES = "SELECT id, workspace_id, client_id, subjective, objective, assessment,"
            + " plan FROM sessions WHERE id = ANY (?)";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    RecordWords(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The clients that exist among the ids; {@code lock}: FOR SHARE, so a concurrent projection waits. */
    List<IndexedRecord> clients(Collection<UUID> ids, boolean lock) {
        return query(CLIENTS + (lock ? " FOR SHARE" : ""), ids, this::client);
    }

    List<IndexedRecord> notes(Collection<UUID> ids, boolean lock) {
        return query(NOTES + (lock ? " FOR SHARE" : ""), ids, this::note);
    }

    private IndexedRecord client(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        Set<String> words = new LinkedHashSet<>();
        try {
            words.addAll(SearchWords.prefixes(decrypt(rs, 3, id, ProtectedClientField.FIRST_NAME)));
            words.addAll(SearchWords.prefixes(decrypt(rs, 4, id, ProtectedClientField.LAST_NAME)));
            words.addAll(SearchWords.prefixes(decrypt(rs, 5, id, ProtectedClientField.EMAIL)));
            words.addAll(SearchWords.phonePrefixes(decrypt(rs, 6, id, ProtectedClientField.PHONE)));
        } catch (FieldDecryptionException e) {
            words.clear();
            unreadable(e, SearchKind.CLIENT, id);
        }
        return new IndexedRecord(rs.getObject(2, UUID.class), id, SearchKind.CLIENT, words);
    }

    private IndexedRecord note(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        UUID keyOwner = SessionEncryption.keyOwner(ClientId.of(rs.getObject(3, UUID.class)), SessionId.of(id));
        Set<String> words = new LinkedHashSet<>();
        try {
            int column = 4;
            for (SoapField field : List.of(SoapField.SUBJECTIVE, SoapField.OBJECTIVE, SoapField.ASSESSMENT,
                    SoapField.PLAN)) {
                words.addAll(SearchWords.words(cipher.decrypt(value(rs, column++),
                        new FieldBinding(SessionEncryption.SESSIONS_TABLE, id, field.column(), keyOwner))));
            }
        } catch (FieldDecryptionException e) {
            words.clear();
            unreadable(e, SearchKind.NOTE, id);
        }
        return new IndexedRecord(rs.getObject(2, UUID.class), id, SearchKind.NOTE, words);
    }

    /** Erased records are expected to have no words; anything else that does not decrypt is worth a warning. */
    private static void unreadable(FieldDecryptionException e, SearchKind kind, UUID id) {
        if (!(e instanceof KeyDestroyedException)) {
            log.warn("Search index: a {} record does not decrypt and is left out of search: {}", kind, id);
        }
    }

    private String decrypt(ResultSet rs, int column, UUID clientId, ProtectedClientField field) throws SQLException {
        return cipher.decrypt(value(rs, column), new FieldBinding(ClientEncryption.TABLE, clientId, field.column(),
                ClientEncryption.keyOwner(ClientId.of(clientId))));
    }

    private static EncryptedValue value(ResultSet rs, int column) throws SQLException {
        byte[] stored = rs.getBytes(column);
        return stored == null ? null : EncryptedValue.of(stored);
    }

    private interface Reader {
        IndexedRecord read(ResultSet rs) throws SQLException;
    }

    private List<IndexedRecord> query(String sql, Collection<UUID> ids, Reader reader) {
        List<IndexedRecord> records = new ArrayList<>();
        if (ids.isEmpty()) {
            return records;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray(UUID[]::new)));
            return statement;
        }, (ResultSet rs) -> {
            records.add(reader.read(rs));
        });
        return records;
    }
}
