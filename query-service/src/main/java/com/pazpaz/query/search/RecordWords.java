package com.pazpaz.query.search;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.infra.sql.RowsByKey;
import com.pazpaz.kernel.client.ClientEncryption;
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
import java.util.function.Function;
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
    private static final String CLIENT_COLUMNS = "id, workspace_id, NULL::uuid, first_name, last_name, email, phone";
    private static final String NOTE_COLUMNS = "id, workspace_id, client_id, subjective, objective, assessment, plan";
    private static final String CLIENTS = "SELECT " + CLIENT_COLUMNS + " FROM clients";
    private static final String NOTES = "SELECT " + NOTE_COLUMNS + " FROM sessions";
    private static final String PAGE = " WHERE id > ? ORDER BY id LIMIT ?";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    RecordWords(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The clients that exist among the ids; {@code lock}: FOR SHARE, so a concurrent projection waits. */
    List<IndexedRecord> clients(Collection<UUID> ids, boolean lock) {
        return words(byIds(byIdsSql(CLIENT_COLUMNS, "clients", lock), ids), this::client);
    }

    List<IndexedRecord> notes(Collection<UUID> ids, boolean lock) {
        return words(byIds(byIdsSql(NOTE_COLUMNS, "sessions", lock), ids), this::note);
    }

    private static String byIdsSql(String columns, String table, boolean lock) {
        return lock
                ? RowsByKey.selectForShare(columns, table, "id", "uuid")
                : RowsByKey.select(columns, "", table, "id", "uuid");
    }

    /** Up to {@code size} clients after the id {@code after}, in id order: a page of a whole-table indexing. */
    List<IndexedRecord> clientPage(UUID after, int size) {
        return words(page(CLIENTS + PAGE, after, size), this::client);
    }

    List<IndexedRecord> notePage(UUID after, int size) {
        return words(page(NOTES + PAGE, after, size), this::note);
    }

    /**
     * A row's searchable values as stored. Read whole before any is decrypted, so that the keys of every row are
     * fetched from the key vault in one round trip (a batch's new clients are not in the key cache yet).
     */
    private record StoredRow(UUID id, UUID workspaceId, UUID clientId, List<EncryptedValue> values) {}

    private List<IndexedRecord> words(List<StoredRow> rows, Function<StoredRow, IndexedRecord> decrypt) {
        cipher.prefetchKeys(rows.stream().flatMap(row -> row.values().stream()).toList());
        return rows.stream().map(decrypt).toList();
    }

    private IndexedRecord client(StoredRow row) {
        Set<String> words = new LinkedHashSet<>();
        try {
            words.addAll(SearchWords.prefixes(decrypt(row, 0, ProtectedClientField.FIRST_NAME)));
            words.addAll(SearchWords.prefixes(decrypt(row, 1, ProtectedClientField.LAST_NAME)));
            words.addAll(SearchWords.prefixes(decrypt(row, 2, ProtectedClientField.EMAIL)));
            words.addAll(SearchWords.phonePrefixes(decrypt(row, 3, ProtectedClientField.PHONE)));
        } catch (FieldDecryptionException e) {
            words.clear();
            unreadable(e, SearchKind.CLIENT, row.id());
        }
        return new IndexedRecord(row.workspaceId(), row.id(), SearchKind.CLIENT, words);
    }

    private IndexedRecord note(StoredRow row) {
        UUID keyOwner = SessionEncryption.keyOwner(ClientId.of(row.clientId()), SessionId.of(row.id()));
        Set<String> words = new LinkedHashSet<>();
        try {
            int index = 0;
            for (SoapField field :
                    List.of(SoapField.SUBJECTIVE, SoapField.OBJECTIVE, SoapField.ASSESSMENT, SoapField.PLAN)) {
                words.addAll(SearchWords.words(cipher.decrypt(
                        row.values().get(index++),
                        new FieldBinding(SessionEncryption.SESSIONS_TABLE, row.id(), field.column(), keyOwner))));
            }
        } catch (FieldDecryptionException e) {
            words.clear();
            unreadable(e, SearchKind.NOTE, row.id());
        }
        return new IndexedRecord(row.workspaceId(), row.id(), SearchKind.NOTE, words);
    }

    /** Erased records are expected to have no words; anything else that does not decrypt is worth a warning. */
    private static void unreadable(FieldDecryptionException e, SearchKind kind, UUID id) {
        if (!(e instanceof KeyDestroyedException)) {
            log.warn("Search index: a {} record does not decrypt and is left out of search: {}", kind, id);
        }
    }

    private String decrypt(StoredRow row, int index, ProtectedClientField field) {
        return cipher.decrypt(
                row.values().get(index),
                new FieldBinding(
                        ClientEncryption.TABLE,
                        row.id(),
                        field.column(),
                        ClientEncryption.keyOwner(ClientId.of(row.id()))));
    }

    private List<StoredRow> byIds(String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray(UUID[]::new)));
                    return statement;
                },
                RecordWords::storedRow);
    }

    private List<StoredRow> page(String sql, UUID after, int size) {
        return jdbc.query(sql, RecordWords::storedRow, after, size);
    }

    /** Columns: id, workspace, client (notes only), then the four encrypted values. */
    private static StoredRow storedRow(ResultSet rs, int rowNumber) throws SQLException {
        List<EncryptedValue> values = new ArrayList<>(4);
        for (int column = 4; column <= 7; column++) {
            byte[] stored = rs.getBytes(column);
            values.add(stored == null ? null : EncryptedValue.of(stored));
        }
        return new StoredRow(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), values);
    }
}
