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
 * client of the practice (docs/benchmarks/README.md). Each request first reads the stamps of the workspace's
 * rows (one narrow query) and is answered from an order current for exactly those stamps: a client changed,
 * added or erased is decrypted again before the answer, never served stale, and read-your-writes holds as for
 * any other read. Only changed clients are decrypted again; the first list of a workspace decrypts them all.
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

    ClientListIndex(ClientListRows rows, ClientDecryptor decryptor, DataKeys dataKeys,
                    ClientListProperties properties) {
        this.rows = rows;
        this.decryptor = decryptor;
        this.dataKeys = dataKeys;
        this.slots = Caffeine.newBuilder()
                .maximumWeight(properties.indexCapacity())
                .weigher((UUID workspace, Slot slot) -> Math.max(1, slot.order.size()))
                .expireAfterAccess(properties.indexIdleTime())
                .build();
    }

    /** The workspace's list order, current for its rows as they were when this was called (or newer). */
    ClientOrder current(UUID workspaceId) {
        Map<UUID, Long> stamps = rows.stamps(workspaceId);
        Slot slot = slots.get(workspaceId, workspace -> new Slot());
        ClientOrder order = slot.order;
        if (order.isCurrentFor(stamps)) {
            return order;
        }
        // one refresh per workspace at a time: concurrent first lists of a practice decrypt it once, not N times
        synchronized (slot) {
            ClientOrder refreshed = slot.order.refreshed(stamps, changed -> load(workspaceId, changed));
            if (refreshed != slot.order) {
                slot.order = refreshed;
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
        return stored.stream().map(names -> erased.contains(names.id())
                ? ClientOrder.Entry.erased(names.id(), names.stamp(), names.changedAt(), names.active())
                : decryptor.listEntry(names)).toList();
    }

    /** A workspace's place in the cache: its current order, replaced under the slot's lock. */
    private static final class Slot {
        private volatile ClientOrder order = ClientOrder.EMPTY;
    }
}
