package com.pazpaz.query.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pazpaz.infra.crypto.DataKeys;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The client list's order per workspace, kept in memory so that a list request does not decrypt and sort every
 * client of the practice (docs/benchmarks/README.md). Each request first reads the workspace's list stamp (one
 * primary-key read of {@code client_list_stamps}, moved by a trigger in every transaction that changes one of its
 * clients; decision 89): when it is the stamp the cached order was verified at, nothing changed and the order is
 * answered. Otherwise the stamps of the workspace's rows are read (one narrow query) and the order is brought
 * current for exactly those: a client changed, added or erased is decrypted again before the answer, never served
 * stale, and read-your-writes holds as for any other read. Only changed clients are decrypted again; the first
 * list of a workspace decrypts them all.
 *
 * <p>Each query-service instance keeps its own index (nothing is shared between instances); workspaces are
 * evicted whole when the capacity is reached or when idle ({@link ClientListProperties}).
 */
@Component
class ClientListIndex {

    private final ClientListRows rows;
    private final ClientDecryptor decryptor;
    private final DataKeys dataKeys;
    private final Cache<UUID, Slot> slots;

    ClientListIndex(
            ClientListRows rows, ClientDecryptor decryptor, DataKeys dataKeys, ClientListProperties properties) {
        this.rows = rows;
        this.decryptor = decryptor;
        this.dataKeys = dataKeys;
        this.slots = Caffeine.newBuilder()
                .maximumWeight(properties.indexCapacity())
                .weigher((UUID workspace, Slot slot) ->
                        Math.max(1, slot.verified.order().size()))
                .expireAfterAccess(properties.indexIdleTime())
                .build();
    }

    /** The workspace's list order, current for its rows as they were when this was called (or newer). */
    ClientOrder current(UUID workspaceId) {
        // read before the row stamps: a change committed in between leaves the older list stamp recorded, so the
        // next request checks the rows again rather than trusting an order that might predate the change
        Long listStamp = rows.listStamp(workspaceId);
        Slot slot = slots.get(workspaceId, workspace -> new Slot());
        Verified verified = slot.verified;
        if (listStamp != null && listStamp.equals(verified.listStamp())) {
            return verified.order();
        }
        Map<UUID, Long> stamps = rows.stamps(workspaceId);
        if (verified.order().isCurrentFor(stamps)) {
            slot.verified = new Verified(verified.order(), listStamp);
            return verified.order();
        }
        // one refresh per workspace at a time: concurrent first lists of a practice decrypt it once, not N times
        synchronized (slot) {
            ClientOrder before = slot.verified.order();
            ClientOrder refreshed = before.refreshed(stamps, changed -> load(workspaceId, changed));
            slot.verified = new Verified(refreshed, listStamp);
            if (refreshed != before) {
                slots.put(workspaceId, slot);
            }
            return refreshed;
        }
    }

    /**
     * Decrypts the names of changed clients. Whether a key is destroyed is asked of the vault itself, after the
     * names were read: a key this instance still caches (up to {@code pazpaz.encryption.key-cache-ttl}) must not
     * put an erased client's name back into the index, where it would stay until the row changed again.
     */
    private List<ClientOrder.Entry> load(UUID workspaceId, Collection<UUID> clientIds) {
        List<ClientListRows.StoredNames> stored = rows.names(workspaceId, clientIds);
        Set<UUID> erased = dataKeys.destroyedAmong(clientIds);
        decryptor.prefetchListKeys(stored);
        return stored.stream()
                .map(names -> erased.contains(names.id())
                        ? ClientOrder.Entry.erased(names.id(), names.stamp(), names.changedAt(), names.active())
                        : decryptor.listEntry(names))
                .toList();
    }

    /** A workspace's place in the cache: its current order and the list stamp it was verified at. */
    private static final class Slot {
        private volatile Verified verified = new Verified(ClientOrder.EMPTY, null);
    }

    /** An order and the workspace's list stamp when it was last found current (null: not known). */
    private record Verified(ClientOrder order, Long listStamp) {}
}
