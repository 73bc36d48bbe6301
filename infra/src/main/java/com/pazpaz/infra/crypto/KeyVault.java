package com.pazpaz.infra.crypto;

import com.pazpaz.infra.sql.RowsByKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code key_vault.data_keys}: wrapped data keys, never plaintext. Statements join the caller's
 * transaction, so an erasure destroys keys in the same transaction that appends its event.
 */
class KeyVault {

    private static final String COLUMNS = "id, owner_id, parent_id, master_version, wrapped";

    /** The sequence steps by this much (migration V2): each value it gives reserves this many ids. */
    static final int ID_BLOCK = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private long nextId;
    private long idLimit;

    KeyVault(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * A key id no other key has or will get: ids are taken from the sequence a block at a time, so that creating
     * a key costs one round trip (its insert) rather than three. Unused ids of a block are lost at a restart.
     */
    synchronized long nextId() {
        if (nextId == idLimit) {
            Long first = jdbc.queryForObject("SELECT nextval('key_vault.data_key_ids')", Long.class);
            nextId = first == null ? 0 : first;
            idLimit = nextId + ID_BLOCK;
        }
        return nextId++;
    }

    /** Stores the key unless its owner already has one (a concurrent request won); answers whether it did. */
    boolean insertIfAbsent(StoredDataKey key) {
        return jdbc.update(
                        "INSERT INTO key_vault.data_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT (owner_id) DO NOTHING",
                        key.id(),
                        key.owner(),
                        key.parent(),
                        key.masterVersion(),
                        key.wrapped())
                == 1;
    }

    Optional<StoredDataKey> findByOwner(UUID owner) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM key_vault.data_keys WHERE owner_id = ?", KeyVault::row, owner)
                .stream()
                .findFirst();
    }

    Optional<StoredDataKey> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM key_vault.data_keys WHERE id = ?", KeyVault::row, id).stream()
                .findFirst();
    }

    /** The keys with these ids, in one statement (the ids with no key are simply absent). */
    List<StoredDataKey> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            RowsByKey.select(COLUMNS, "", "key_vault.data_keys", "id", "bigint"));
                    statement.setArray(1, connection.createArrayOf("int8", ids.toArray()));
                    return statement;
                },
                KeyVault::row);
    }

    /** The owners among these whose key is destroyed (an owner without a key is not among them). */
    Set<UUID> destroyedOwners(Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT owner_id FROM key_vault.data_keys WHERE owner_id = ANY (?) AND wrapped IS NULL");
                    statement.setArray(1, connection.createArrayOf("uuid", owners.toArray()));
                    return statement;
                },
                (rs, rowNumber) -> rs.getObject(1, UUID.class)));
    }

    /** Destroys the owner's key and the keys of everything under it; answers the ids destroyed. */
    List<Long> destroy(UUID owner) {
        return jdbc.queryForList(
                "UPDATE key_vault.data_keys SET wrapped = NULL, destroyed_at = now()"
                        + " WHERE (owner_id = ? OR parent_id = ?) AND wrapped IS NOT NULL RETURNING id",
                Long.class,
                owner,
                owner);
    }

    /** How many live keys each master version wraps. */
    Map<Integer, Long> liveKeysByMasterVersion() {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.query(
                "SELECT master_version, count(*) FROM key_vault.data_keys WHERE wrapped IS NOT NULL"
                        + " GROUP BY master_version",
                rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Re-wraps the next {@code limit} live keys after {@code afterId} not yet under {@code targetVersion}, in one
     * short transaction that locks only those rows (an erasure running at the same moment waits for it, or
     * it waits for the erasure and then skips the destroyed key). {@code rewrap} answers empty for a key it
     * cannot re-wrap, which stays as it is.
     */
    RewrapBatch rewrapBatch(
            int targetVersion, long afterId, int limit, Function<StoredDataKey, Optional<StoredDataKey>> rewrap) {
        return transactions.execute(status -> {
            List<StoredDataKey> batch = jdbc.query(
                    "SELECT " + COLUMNS + " FROM key_vault.data_keys"
                            + " WHERE wrapped IS NOT NULL AND master_version <> ? AND id > ? ORDER BY id LIMIT ?"
                            + " FOR UPDATE",
                    KeyVault::row,
                    targetVersion,
                    afterId,
                    limit);
            int rewrapped = 0;
            for (StoredDataKey key : batch) {
                Optional<StoredDataKey> done = rewrap.apply(key);
                if (done.isPresent()) {
                    jdbc.update(
                            "UPDATE key_vault.data_keys SET wrapped = ?, master_version = ?,"
                                    + " rewrapped_at = now() WHERE id = ?",
                            done.get().wrapped(),
                            done.get().masterVersion(),
                            key.id());
                    rewrapped++;
                }
            }
            return new RewrapBatch(
                    batch.size(),
                    batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id(),
                    rewrapped);
        });
    }

    /** What one batch of a rotation did: keys examined, the last id examined, keys re-wrapped. */
    record RewrapBatch(int examined, long lastId, int rewrapped) {}

    private static StoredDataKey row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredDataKey(
                rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4), rs.getBytes(5));
    }
}
