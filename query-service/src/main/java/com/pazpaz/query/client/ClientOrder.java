package com.pazpaz.query.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order of one workspace's client list as of one state of its {@code clients} rows: every client with its
 * decrypted names, sorted once (decision D2), so that a list request only pages it. Immutable; a newer state
 * is a new instance, which decrypts only the clients whose rows changed.
 *
 * <p>The state of a row is its <em>stamp</em>, a value that changes whenever the row does (the row version's
 * {@code xmin}, see {@link ClientListRows#stamps}); an order is current for a set of stamps when it holds exactly
 * those clients with exactly those stamps.
 */
final class ClientOrder {

    static final ClientOrder EMPTY = new ClientOrder(Map.of());

    /**
     * D2: last then first name, case-insensitively; erased clients (no names) last. Ties (the same name, or
     * erased) go least recently changed first, so erased clients stand in the order they were erased, and
     * then by id, so that every page of one order agrees.
     */
    private static final Comparator<Entry> LIST_ORDER = Comparator.comparing(
                    Entry::lastName, Comparator.nullsLast(String::compareToIgnoreCase))
            .thenComparing(Entry::firstName, Comparator.nullsLast(String::compareToIgnoreCase))
            .thenComparing(Entry::changedAt)
            .thenComparing(Entry::id);

    private final Map<UUID, Entry> byId;
    private final List<UUID> all;
    private final List<UUID> active;

    private ClientOrder(Map<UUID, Entry> byId) {
        this.byId = byId;
        List<Entry> sorted = new ArrayList<>(byId.values());
        sorted.sort(LIST_ORDER);
        this.all = sorted.stream().map(Entry::id).toList();
        this.active = sorted.stream().filter(Entry::active).map(Entry::id).toList();
    }

    /** The client ids in list order: all of them, or only the active ones (the list's default). */
    List<UUID> ids(boolean includeInactive) {
        return includeInactive ? all : active;
    }

    int size() {
        return byId.size();
    }

    /** True when this order holds exactly these clients at exactly these stamps. */
    boolean isCurrentFor(Map<UUID, Long> stamps) {
        if (stamps.size() != byId.size()) {
            return false;
        }
        for (Map.Entry<UUID, Long> stamp : stamps.entrySet()) {
            Entry entry = byId.get(stamp.getKey());
            if (entry == null || entry.stamp() != stamp.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The order for these stamps: this instance when nothing changed; otherwise the unchanged entries are kept,
     * clients gone are dropped, and only new or changed clients are loaded (with the stamps of what was loaded,
     * which may be newer still). A client that cannot be loaded any more is left out.
     */
    ClientOrder refreshed(Map<UUID, Long> stamps, Function<Collection<UUID>, List<Entry>> load) {
        if (isCurrentFor(stamps)) {
            return this;
        }
        Map<UUID, Entry> next = new HashMap<>(stamps.size() * 2);
        List<UUID> changed = new ArrayList<>();
        stamps.forEach((id, stamp) -> {
            Entry entry = byId.get(id);
            if (entry != null && entry.stamp() == stamp) {
                next.put(id, entry);
            } else {
                changed.add(id);
            }
        });
        if (!changed.isEmpty()) {
            load.apply(changed).forEach(entry -> next.put(entry.id(), entry));
        }
        return new ClientOrder(next);
    }

    /**
     * One client in the order: its row's stamp and last change ({@code updated_at}), whether it is active, and
     * its decrypted names (both null once erased). The names are PHI: they stay in memory and are never printed.
     */
    record Entry(UUID id, long stamp, Instant changedAt, boolean active, String firstName, String lastName) {

        Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(changedAt, "changedAt");
        }

        static Entry erased(UUID id, long stamp, Instant changedAt, boolean active) {
            return new Entry(id, stamp, changedAt, active, null, null);
        }

        @Override
        public String toString() {
            return "ClientOrder.Entry[" + id + ", stamp " + stamp + (lastName == null ? ", erased]" : "]");
        }
    }
}
