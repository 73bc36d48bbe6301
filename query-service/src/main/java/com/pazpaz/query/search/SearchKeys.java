package com.pazpaz.query.search;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.crypto.KeyRing;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practices' search keys: each generation is a data key of the key vault (owner {@code key_owner}, no parent,
 * wrapped by the master key like every data key) listed in {@code key_vault.search_keys}. A practice gets its
 * first key when its first record is indexed; a rotation adds the next generation, rebuilds the tokens under it
 * and then retires the older one (its tokens deleted, its key destroyed).
 */
@Component
class SearchKeys {

    /** A generation of a practice's search key. */
    record Generation(int number, UUID keyOwner) {}

    private final JdbcTemplate jdbc;
    private final DataKeys dataKeys;
    private final KeyRing keyRing;
    private final TransactionTemplate ownTransaction;

    SearchKeys(JdbcTemplate jdbc, DataKeys dataKeys, KeyRing keyRing, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataKeys = dataKeys;
        this.keyRing = keyRing;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The practice's live generations, oldest first; empty while nothing of it was ever indexed. */
    List<Generation> live(UUID workspaceId) {
        return jdbc.query(
                "SELECT generation, key_owner FROM key_vault.search_keys WHERE workspace_id = ?"
                        + " ORDER BY generation",
                (rs, i) -> new Generation(rs.getInt(1), rs.getObject(2, UUID.class)),
                workspaceId);
    }

    /** The generation searches use: the oldest live one, complete until a rotation retires it. */
    Generation searched(UUID workspaceId) {
        List<Generation> live = live(workspaceId);
        return live.isEmpty() ? null : live.get(0);
    }

    /**
     * The live generations, creating the first one if the practice has none. In a transaction of its own, so
     * that the key exists for everyone at once and a failed projection batch does not take it back.
     */
    List<Generation> ensure(UUID workspaceId) {
        List<Generation> live = live(workspaceId);
        return live.isEmpty() ? ownTransaction.execute(tx -> add(workspaceId, 1)) : live;
    }

    /** Adds the generation after the newest one (a rotation's start) and returns it. */
    Generation addNext(UUID workspaceId) {
        return ownTransaction.execute(tx -> {
            List<Generation> live = live(workspaceId);
            int next = live.isEmpty() ? 1 : live.get(live.size() - 1).number() + 1;
            List<Generation> now = add(workspaceId, next);
            return now.get(now.size() - 1);
        });
    }

    /**
     * Ends a generation in the caller's transaction: its tokens go, then its key is destroyed, then its row. The
     * key before the row: query-service's role may shred only a key a search-key row still names (key vault's
     * row policy, docs/decisions.md 102).
     */
    void retire(UUID workspaceId, Generation generation) {
        jdbc.update(
                "DELETE FROM search_tokens WHERE workspace_id = ? AND key_generation = ?",
                workspaceId,
                generation.number());
        dataKeys.destroy(generation.keyOwner());
        jdbc.update(
                "DELETE FROM key_vault.search_keys WHERE workspace_id = ? AND generation = ?",
                workspaceId,
                generation.number());
    }

    BlindIndex index(Generation generation) {
        return new BlindIndex(keyRing.currentKeyFor(generation.keyOwner()).key());
    }

    private List<Generation> add(UUID workspaceId, int number) {
        UUID owner = UUID.randomUUID();
        int inserted = jdbc.update(
                "INSERT INTO key_vault.search_keys (workspace_id, generation, key_owner)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                workspaceId,
                number,
                owner);
        if (inserted == 1) {
            dataKeys.createForNewOwner(owner, null);
        }
        return live(workspaceId);
    }
}
