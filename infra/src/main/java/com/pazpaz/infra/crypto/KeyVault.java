package com.pazpaz.infra.crypto;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code key_vault.data_keys}: wrapped data keys, never plaintext. Statements join the caller's
 * transaction, so an erasure destroys keys in the same transaction that appends its event.
 */
class KeyVault {

    private static final String COLUMNS = "id, owner_id, parent_id, master_version, wrapped";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    KeyVault(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long nextId() {
        Long id = jdbc.queryForObject("SELECT nextval('key_vault.data_key_ids')", Long.class);
        return id == null ? 0 : id;
    }

    /** Stores the key unless its owner already has one (a concurrent request won); answers whether it did. */
    boolean insertIfAbsent(StoredDataKey key) {
        return jdbc.update("INSERT INTO key_vault.data_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (owner_id) DO NOTHING",
                key.id(), key.owner(), key.parent(), key.masterVersion(), key.wrapped()) == 1;
    }

    Optional<StoredDataKey> findByOwner(UUID owner) {
        return jdbc.query("SELECT " + COLUMNS + " FROM key_vault.data_keys WHERE owner_id = ?", KeyVault::row, owner)
                .stream().findFirst();
    }

    Optional<StoredDataKey> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM key_vault.data_keys WHERE id = ?", KeyVault::row, id)
                .stream().findFirst();
    }

    /** Destroys the owner's key and the keys of everything under it; answers the ids destroyed. */
    List<Long> destroy(UUID owner) {
        return jdbc.queryForList("UPDATE key_vault.data_keys SET wrapped = NULL, destroyed_at = now()"
                + " WHERE (owner_id = ? OR parent_id = ?) AND wrapped IS NOT NULL RETURNING id", Long.class,
                owner, owner);
    }

    /** How many live keys each master version wraps. */
    Map<Integer, Long> liveKeysByMasterVersion() {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.query("SELECT master_version, count(*) FROM key_vault.data_keys WHERE wrapped IS NOT NULL"
                + " GROUP BY master_version", rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Re-wraps up to {@code limit} live keys not yet under {@code targetVersion}, in one short transaction that
     * locks only those rows (an erasure waits for it, or it skips a row being erased). Answers how many.
     */
    int rewrapBatch(int targetVersion, int limit, UnaryOperator<StoredDataKey> rewrap) {
        Integer done = transactions.execute(status -> {
            List<StoredDataKey> batch = jdbc.query("SELECT " + COLUMNS + " FROM key_vault.data_keys"
                    + " WHERE wrapped IS NOT NULL AND master_version <> ? ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED", KeyVault::row, targetVersion, limit);
            for (StoredDataKey key : batch) {
                StoredDataKey rewrapped = rewrap.apply(key);
                jdbc.update("UPDATE key_vault.data_keys SET wrapped = ?, master_version = ?, rewrapped_at = now()"
                        + " WHERE id = ? AND wrapped IS NOT NULL", rewrapped.wrapped(), rewrapped.masterVersion(),
                        key.id());
            }
            return batch.size();
        });
        return done == null ? 0 : done;
    }

    private static StoredDataKey row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredDataKey(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getInt(4), rs.getBytes(5));
    }
}
