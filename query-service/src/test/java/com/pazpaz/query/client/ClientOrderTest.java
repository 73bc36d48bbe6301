package com.pazpaz.query.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** When the client list's order is kept, and what it decrypts again when the rows' stamps change. */
class ClientOrderTest {

    private final Map<UUID, ClientOrder.Entry> stored = new HashMap<>();
    private final List<Collection<UUID>> loads = new ArrayList<>();
    private final Function<Collection<UUID>, List<ClientOrder.Entry>> load = ids -> {
        loads.add(List.copyOf(ids));
        return ids.stream().map(stored::get).filter(Objects::nonNull).toList();
    };

    private final UUID levi = UUID.randomUUID();
    private final UUID adams = UUID.randomUUID();
    private final UUID baker = UUID.randomUUID();

    @Test
    void theFirstOrderLoadsEveryClientAndSortsByLastThenFirstNameIgnoringCase() {
        store(levi, 1, true, "Dana", "levi");
        store(adams, 1, true, "zoe", "Adams");
        store(baker, 1, true, "Alice", "Baker");

        ClientOrder order = ClientOrder.EMPTY.refreshed(stamps(), load);

        assertThat(order.ids(false)).containsExactly(adams, baker, levi);
        assertThat(loads).hasSize(1);
        assertThat(loads.get(0)).containsExactlyInAnyOrder(levi, adams, baker);
    }

    @Test
    void unchangedStampsKeepTheSameOrderWithoutLoadingAnything() {
        store(levi, 1, true, "Dana", "Levi");
        ClientOrder order = ClientOrder.EMPTY.refreshed(stamps(), load);
        loads.clear();

        assertThat(order.isCurrentFor(stamps())).isTrue();
        assertThat(order.refreshed(stamps(), load)).isSameAs(order);
        assertThat(loads).isEmpty();
    }

    @Test
    void aRenamedClientIsLoadedAloneAndMovesToItsNewPlace() {
        store(levi, 1, true, "Dana", "Levi");
        store(adams, 1, true, "Zoe", "Adams");
        ClientOrder before = ClientOrder.EMPTY.refreshed(stamps(), load);
        loads.clear();

        store(levi, 2, true, "Dana", "Aaron");
        assertThat(before.isCurrentFor(stamps())).isFalse();
        ClientOrder after = before.refreshed(stamps(), load);

        assertThat(loads).containsExactly(List.of(levi));
        assertThat(after.ids(false)).containsExactly(levi, adams);
        assertThat(before.ids(false)).as("an order never changes").containsExactly(adams, levi);
    }

    @Test
    void newClientsAreAddedAndClientsGoneAreDropped() {
        store(levi, 1, true, "Dana", "Levi");
        store(adams, 1, true, "Zoe", "Adams");
        ClientOrder before = ClientOrder.EMPTY.refreshed(stamps(), load);
        loads.clear();

        stored.remove(adams);
        store(baker, 7, true, "Alice", "Baker");
        ClientOrder after = before.refreshed(stamps(), load);

        assertThat(loads).containsExactly(List.of(baker));
        assertThat(after.ids(true)).containsExactly(baker, levi);
        assertThat(after.size()).isEqualTo(2);
    }

    @Test
    void anArchivedClientLeavesTheDefaultListButNotTheFullOne() {
        store(levi, 1, true, "Dana", "Levi");
        store(adams, 1, true, "Zoe", "Adams");
        ClientOrder before = ClientOrder.EMPTY.refreshed(stamps(), load);

        store(adams, 2, false, "Zoe", "Adams");
        ClientOrder after = before.refreshed(stamps(), load);

        assertThat(after.ids(false)).containsExactly(levi);
        assertThat(after.ids(true)).containsExactly(adams, levi);
    }

    @Test
    void anErasedClientSortsLastAndKeepsNoName() {
        store(levi, 1, true, "Dana", "Levi");
        store(adams, 1, true, "Zoe", "Adams");
        ClientOrder before = ClientOrder.EMPTY.refreshed(stamps(), load);

        stored.put(adams, ClientOrder.Entry.erased(adams, 2, Instant.EPOCH.plusSeconds(2), true));
        ClientOrder after = before.refreshed(stamps(), load);

        assertThat(after.ids(false)).containsExactly(levi, adams);
        assertThat(stored.get(adams).toString()).contains("erased").doesNotContain("Adams");
    }

    @Test
    void erasedClientsStandInTheOrderTheyWereErased() {
        UUID first = new UUID(0, 9);
        UUID second = new UUID(0, 1);
        stored.put(second, ClientOrder.Entry.erased(second, 3, Instant.EPOCH.plusSeconds(30), true));
        stored.put(first, ClientOrder.Entry.erased(first, 4, Instant.EPOCH.plusSeconds(20), true));
        store(levi, 1, true, "Dana", "Levi");

        assertThat(ClientOrder.EMPTY.refreshed(stamps(), load).ids(false)).containsExactly(levi, first, second);
    }

    @Test
    void clientsWithTheSameNameAreOrderedByIdSoThatPagesAgree() {
        UUID low = new UUID(0, 1);
        UUID high = new UUID(0, 2);
        store(high, 1, true, "Dana", "Levi");
        store(low, 1, true, "dana", "LEVI");

        assertThat(ClientOrder.EMPTY.refreshed(stamps(), load).ids(false)).containsExactly(low, high);
    }

    @Test
    void aClientLoadedWithANewerStampThanAskedForIsKeptAtTheNewerStamp() {
        store(levi, 1, true, "Dana", "Levi");
        Map<UUID, Long> asked = stamps();
        store(levi, 5, true, "Dana", "Levi");

        ClientOrder order = ClientOrder.EMPTY.refreshed(asked, load);

        assertThat(order.isCurrentFor(asked)).isFalse();
        assertThat(order.isCurrentFor(stamps())).isTrue();
    }

    private void store(UUID id, long stamp, boolean active, String first, String last) {
        stored.put(id, new ClientOrder.Entry(id, stamp, Instant.EPOCH.plusSeconds(stamp), active, first, last));
    }

    private Map<UUID, Long> stamps() {
        Map<UUID, Long> stamps = new HashMap<>();
        stored.values().forEach(entry -> stamps.put(entry.id(), entry.stamp()));
        return stamps;
    }
}
